variable "café_label" {
  description = "Café au lait"
  default     = { café = "e\u0301", größe = 1 }
}
