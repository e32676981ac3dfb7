variable "name" {
  type        = string
  description = "Name prefix of the instances and their IAM role."
}

variable "instance_count" {
  type        = number
  description = "Number of instances, spread over the subnets in turn."
  default     = 1
}

variable "instance_type" {
  type        = string
  description = "EC2 instance type, for example t3.medium."
  default     = "t3.medium"
}

variable "ami_id" {
  type        = string
  description = "AMI of the instances; null uses the latest Amazon Linux 2023."
  default     = null
}

variable "subnet_ids" {
  type        = list(string)
  description = "Subnets the instances are placed in."
}

variable "security_group_ids" {
  type        = list(string)
  description = "Security groups attached to every instance."
  default     = []
}

variable "root_volume_size_gb" {
  type        = number
  description = "Size of the encrypted gp3 root volume, in GiB."
  default     = 20
}

variable "detailed_monitoring" {
  type        = bool
  description = "Enable one-minute CloudWatch detailed monitoring."
  default     = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
