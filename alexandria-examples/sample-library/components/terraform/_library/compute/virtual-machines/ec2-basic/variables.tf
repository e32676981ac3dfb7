variable "name" {
  type        = string
  description = "Name tag of the instance and prefix of its role."
}

variable "instance_type" {
  type        = string
  description = "EC2 instance type."
  default     = "t3.micro"
}

variable "ami_id" {
  type        = string
  description = "AMI to launch. Null uses the latest Amazon Linux 2023 AMI for x86_64."
  default     = null
}

variable "subnet_id" {
  type        = string
  description = "Subnet to launch the instance in."
}

variable "security_group_ids" {
  type        = list(string)
  description = "Security groups attached to the instance."
}

variable "root_volume_size" {
  type        = number
  description = "Size of the encrypted gp3 root volume in GiB."
  default     = 20

  validation {
    condition     = var.root_volume_size >= 8 && var.root_volume_size <= 1024
    error_message = "root_volume_size must be between 8 and 1024 GiB."
  }
}

variable "user_data" {
  type        = string
  description = "Cloud-init user data (plain text; the module encodes it)."
  default     = null
}

variable "enable_ssm" {
  type        = bool
  description = "Attach an instance profile allowing Session Manager access (no SSH keys needed)."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the instance, volumes and role."
  default     = {}
  nullable    = false
}
