variable "name" {
  type        = string
  description = "Name of the platform, used for the VPC, the cluster and as a prefix of everything else."
}

variable "region" {
  type        = string
  description = "AWS region of the platform."
}

variable "cidr_block" {
  type        = string
  description = "IPv4 CIDR block of the platform's VPC."
  default     = "10.20.0.0/16"
}

variable "kubernetes_version" {
  type        = string
  description = "Kubernetes minor version of the platform cluster."
  default     = "1.31"
}

variable "alert_emails" {
  type        = list(string)
  description = "E-mail addresses that receive platform alerts."
  default     = []
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the platform."
  default     = {}
}
