variable "domain_name" {
  type        = string
  description = "Primary domain name of the certificate, for example api.example.com."
}

variable "subject_alternative_names" {
  type        = list(string)
  description = "Additional domain names covered by the certificate."
  default     = []
}

variable "zone_id" {
  type        = string
  description = "ID of the Route 53 hosted zone that holds the DNS validation records."
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the certificate."
  default     = {}
}
