# ---------------------------------------------------------------------------
# Cluster
# ---------------------------------------------------------------------------

variable "cluster_name" {
  type        = string
  description = "Name of the EKS cluster."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,99}$", var.cluster_name))
    error_message = "cluster_name must start with a letter and contain only lower-case letters, digits and hyphens."
  }
}

variable "kubernetes_version" {
  type        = string
  description = "Kubernetes minor version of the control plane, for example 1.31."
  default     = "1.31"

  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.kubernetes_version))
    error_message = "kubernetes_version must look like 1.31."
  }
}

variable "upgrade_support_type" {
  type        = string
  description = "STANDARD ends support with the standard window; EXTENDED keeps paying for extended support."
  default     = "STANDARD"

  validation {
    condition     = contains(["STANDARD", "EXTENDED"], var.upgrade_support_type)
    error_message = "upgrade_support_type must be STANDARD or EXTENDED."
  }
}

variable "zonal_shift_enabled" {
  type        = bool
  description = "Let ARC zonal shift move traffic away from an impaired availability zone."
  default     = true
}

variable "cluster_tags" {
  type        = map(string)
  description = "Extra tags for the cluster resource only."
  default     = {}
}

# ---------------------------------------------------------------------------
# Networking
# ---------------------------------------------------------------------------

variable "vpc_id" {
  type        = string
  description = "VPC of the cluster."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets for worker nodes (at least two availability zones)."

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids needs subnets in at least two availability zones."
  }
}

variable "control_plane_subnet_ids" {
  type        = list(string)
  description = "Subnets for the control-plane ENIs. Empty uses subnet_ids."
  default     = []
  nullable    = false
}

variable "endpoint_private_access" {
  type        = bool
  description = "Expose the Kubernetes API inside the VPC."
  default     = true
}

variable "endpoint_public_access" {
  type        = bool
  description = "Expose the Kubernetes API on the internet (restricted by public_access_cidrs)."
  default     = false
}

variable "public_access_cidrs" {
  type        = list(string)
  description = "CIDR blocks allowed to reach the public API endpoint."
  default     = []
  nullable    = false

  validation {
    condition     = !contains(var.public_access_cidrs, "0.0.0.0/0")
    error_message = "Opening the API endpoint to 0.0.0.0/0 is not allowed; list the office and CI egress ranges."
  }
}

variable "additional_security_group_ids" {
  type        = list(string)
  description = "Extra security groups attached to the control-plane ENIs."
  default     = []
  nullable    = false
}

variable "cluster_ingress_rules" {
  type = map(object({
    description = string
    from_port   = number
    to_port     = number
    cidr_ipv4   = string
  }))
  description = "Extra ingress rules on the additional cluster security group, keyed by name (for example a VPN range reaching the API on 443)."
  default     = {}
  nullable    = false
}

variable "service_ipv4_cidr" {
  type        = string
  description = "CIDR block Kubernetes services get addresses from. Must not overlap the VPC."
  default     = "172.20.0.0/16"
}

variable "ip_family" {
  type        = string
  description = "IP family of pods and services: ipv4 or ipv6."
  default     = "ipv4"

  validation {
    condition     = contains(["ipv4", "ipv6"], var.ip_family)
    error_message = "ip_family must be ipv4 or ipv6."
  }
}

# ---------------------------------------------------------------------------
# Logging and encryption
# ---------------------------------------------------------------------------

variable "enabled_log_types" {
  type        = list(string)
  description = "Control-plane log types sent to CloudWatch: api, audit, authenticator, controllerManager, scheduler."
  default     = ["api", "audit", "authenticator"]
  nullable    = false
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the control-plane log group in days."
  default     = 90
}

variable "log_kms_key_arn" {
  type        = string
  description = "KMS key encrypting the control-plane log group. Null uses the service default."
  default     = null
}

variable "create_kms_key" {
  type        = bool
  description = "Create a customer managed key for envelope encryption of Kubernetes secrets."
  default     = true
}

variable "kms_key_arn" {
  type        = string
  description = "Existing KMS key for secrets encryption, used when create_kms_key is false."
  default     = null
}

variable "kms_key_deletion_window_days" {
  type        = number
  description = "Waiting period before the created KMS key is deleted."
  default     = 30
}

# ---------------------------------------------------------------------------
# Access
# ---------------------------------------------------------------------------

variable "authentication_mode" {
  type        = string
  description = "How IAM principals are mapped to Kubernetes: API (access entries), API_AND_CONFIG_MAP or CONFIG_MAP."
  default     = "API"

  validation {
    condition     = contains(["API", "API_AND_CONFIG_MAP", "CONFIG_MAP"], var.authentication_mode)
    error_message = "authentication_mode must be API, API_AND_CONFIG_MAP or CONFIG_MAP."
  }
}

variable "bootstrap_cluster_creator_admin_permissions" {
  type        = bool
  description = "Give the identity that creates the cluster cluster-admin. Keep false and use access_entries instead."
  default     = false
}

variable "access_entries" {
  type = map(object({
    principal_arn = string
    policy_arn    = optional(string, "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy")
    namespaces    = optional(list(string), [])
  }))
  description = "EKS access entries keyed by name. An empty namespaces list grants the policy cluster-wide."
  default     = {}
  nullable    = false
}

variable "enable_irsa" {
  type        = bool
  description = "Create an IAM OIDC provider for IAM roles for service accounts."
  default     = true
}

variable "iam_role_permissions_boundary_arn" {
  type        = string
  description = "Permissions boundary applied to the cluster and node roles."
  default     = null
}

# ---------------------------------------------------------------------------
# Managed node groups
# ---------------------------------------------------------------------------

variable "node_groups" {
  type = map(object({
    instance_types = optional(list(string))
    capacity_type  = optional(string)
    ami_type       = optional(string)
    disk_size      = optional(number)
    min_size       = optional(number, 2)
    max_size       = optional(number, 6)
    desired_size   = optional(number, 2)
    labels         = optional(map(string), {})
    taints = optional(list(object({
      key    = string
      value  = optional(string)
      effect = string
    })), [])
  }))
  description = "Managed node groups keyed by name. Unset attributes fall back to the default_* variables."
  default = {
    general = {}
  }
  nullable = false
}

variable "default_instance_types" {
  type        = list(string)
  description = "Instance types of node groups that do not set their own."
  default     = ["m7g.large"]
}

variable "default_capacity_type" {
  type        = string
  description = "Capacity type of node groups that do not set their own: ON_DEMAND or SPOT."
  default     = "ON_DEMAND"

  validation {
    condition     = contains(["ON_DEMAND", "SPOT"], var.default_capacity_type)
    error_message = "default_capacity_type must be ON_DEMAND or SPOT."
  }
}

variable "default_ami_type" {
  type        = string
  description = "AMI type of node groups that do not set their own, for example AL2023_ARM_64_STANDARD or BOTTLEROCKET_x86_64."
  default     = "AL2023_ARM_64_STANDARD"
}

variable "default_disk_size" {
  type        = number
  description = "Root volume size in GiB of node groups that do not set their own."
  default     = 50
}

variable "node_max_unavailable_percentage" {
  type        = number
  description = "Share of nodes that may be replaced at once during a node group update."
  default     = 33
}

variable "node_iam_policy_arns" {
  type        = list(string)
  description = "Extra managed policies attached to the node role."
  default     = []
  nullable    = false
}

variable "enable_ssm_on_nodes" {
  type        = bool
  description = "Attach AmazonSSMManagedInstanceCore to nodes so they can be reached with Session Manager instead of SSH."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
