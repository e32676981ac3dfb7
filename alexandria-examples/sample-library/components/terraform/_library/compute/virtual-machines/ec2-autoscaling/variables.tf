variable "name" {
  type        = string
  description = "Name of the Auto Scaling group; prefix of the launch template and security group."
}

variable "vpc_id" {
  type        = string
  description = "VPC the instances run in."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Subnets the group launches instances into (one per availability zone)."
}

variable "app_port" {
  type        = number
  description = "Port the application listens on; opened to ingress_cidr_blocks."
  default     = 8080
}

variable "ingress_cidr_blocks" {
  type        = list(string)
  description = "CIDR blocks allowed to reach app_port (normally the VPC or the load balancer subnets)."
  default     = []
  nullable    = false
}

variable "instance_types" {
  type        = list(string)
  description = "Instance types of the mixed-instances policy, in order of preference. The first is the launch template default."
  default     = ["m7i.large", "m6i.large", "m5.large"]

  validation {
    condition     = length(var.instance_types) >= 1
    error_message = "instance_types needs at least one instance type."
  }
}

variable "ami_id" {
  type        = string
  description = "AMI to launch. Null uses the latest Amazon Linux 2023 AMI."
  default     = null
}

variable "user_data" {
  type        = string
  description = "Cloud-init user data (plain text)."
  default     = null
}

variable "root_volume_size" {
  type        = number
  description = "Size of the encrypted gp3 root volume in GiB."
  default     = 30
}

variable "min_size" {
  type        = number
  description = "Minimum number of instances."
  default     = 2
}

variable "max_size" {
  type        = number
  description = "Maximum number of instances."
  default     = 6
}

variable "desired_capacity" {
  type        = number
  description = "Initial number of instances. Null lets scaling policies decide."
  default     = null
}

variable "on_demand_base_capacity" {
  type        = number
  description = "Instances always launched on demand before spot is used."
  default     = 1
}

variable "on_demand_percentage_above_base" {
  type        = number
  description = "Percentage of on-demand capacity above the base (0 = all spot, 100 = all on demand)."
  default     = 50

  validation {
    condition     = var.on_demand_percentage_above_base >= 0 && var.on_demand_percentage_above_base <= 100
    error_message = "on_demand_percentage_above_base must be between 0 and 100."
  }
}

variable "target_group_arns" {
  type        = list(string)
  description = "Load balancer target groups instances register with."
  default     = []
  nullable    = false
}

variable "health_check_grace_period" {
  type        = number
  description = "Seconds after launch before health checks count."
  default     = 300
}

variable "cpu_target" {
  type        = number
  description = "Average CPU utilisation the target-tracking policy keeps. Null disables the policy."
  default     = 55
}

variable "instance_refresh_min_healthy_percentage" {
  type        = number
  description = "Minimum healthy capacity kept during an instance refresh after a launch template change."
  default     = 90
}

variable "iam_instance_profile_name" {
  type        = string
  description = "Instance profile of the instances (for example from iam-roles with create_instance_profile)."
  default     = null
}

variable "enable_detailed_monitoring" {
  type        = bool
  description = "Enable one-minute CloudWatch metrics for instances."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource and propagated to instances."
  default     = {}
  nullable    = false
}
