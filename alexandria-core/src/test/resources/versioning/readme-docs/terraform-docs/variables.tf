variable "environment" {
  description = "Deployment environment."
  type        = string
  default     = "staging"
}

variable "flow_logs" {
  description = "Flow log settings."
  type = object({
    enabled   = bool
    retention = number
  })
  default = {
    enabled   = false
    retention = 30
  }
}

variable "name" {
  description = "Name prefix of every resource."
  type        = string
}

variable "subnet_cidrs" {
  description = <<-EOT
    CIDR blocks of the subnets.
    One per AZ.
  EOT
  type        = list(string)
  default     = ["10.0.1.0/24", "10.0.2.0/24"]
}
