variable "zone_name" {
  type        = string
  description = "Domain name of the hosted zone, for example example.com."
}

variable "comment" {
  type        = string
  description = "Comment shown on the hosted zone in the Route 53 console."
  default     = "Managed by Terraform"
}

variable "private_vpc_ids" {
  type        = list(string)
  description = "VPC IDs to associate the zone with; a non-empty list makes the zone private."
  default     = []
}

variable "records" {
  type = map(object({
    type   = string
    ttl    = optional(number, 300)
    values = list(string)
  }))
  description = "Records of the zone, keyed by record name."
  default     = {}
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the hosted zone."
  default     = {}
}
