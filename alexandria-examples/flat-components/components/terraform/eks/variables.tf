variable "cluster_name" {
  type        = string
  description = "Name of the EKS cluster."
}

variable "kubernetes_version" {
  type        = string
  description = "Kubernetes minor version of the control plane, for example 1.31."
  default     = "1.31"
}

variable "vpc_id" {
  type        = string
  description = "ID of the VPC the cluster runs in (the vpc component's vpc_id output)."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets of the control plane and the node groups (the vpc component's private_subnet_ids output)."
}

variable "endpoint_public_access" {
  type        = bool
  description = "Expose the Kubernetes API endpoint to the internet as well as inside the VPC."
  default     = false
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the control-plane log group, in days."
  default     = 90
}

variable "node_groups" {
  type = map(object({
    instance_types = list(string)
    capacity_type  = optional(string, "ON_DEMAND")
    min_size       = number
    max_size       = number
    desired_size   = number
  }))
  description = "Managed node groups keyed by name."
  default = {
    default = {
      instance_types = ["m6i.large"]
      min_size       = 2
      max_size       = 6
      desired_size   = 3
    }
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
