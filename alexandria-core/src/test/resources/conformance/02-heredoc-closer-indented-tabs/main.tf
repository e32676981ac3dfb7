variable "indented_closer" {
  default = <<EOT
alpha
    EOT
}

variable "tab_flush" {
	default = <<-EOT
		one
			two
		EOT
}
