variable "cluster_name" {
  type        = string
  description = "Name of the EKS cluster (the cluster_name output of eks-standard)."
}

variable "cluster_version" {
  type        = string
  description = "Kubernetes version of the cluster, used to pick compatible add-on versions."
}

variable "oidc_provider_arn" {
  type        = string
  description = "ARN of the cluster's IAM OIDC provider (oidc_provider_arn output of eks-standard), used for add-on IRSA roles."
}

variable "addon_versions" {
  type        = map(string)
  description = "Pinned add-on versions by add-on name, for example { coredns = \"v1.11.3-eksbuild.2\" }. Unpinned add-ons get the default version for cluster_version."
  default     = {}
  nullable    = false
}

variable "enable_vpc_cni" {
  type        = bool
  description = "Manage the Amazon VPC CNI add-on."
  default     = true
}

variable "enable_prefix_delegation" {
  type        = bool
  description = "Assign /28 prefixes to nodes so each node can run many more pods."
  default     = true
}

variable "enable_network_policy" {
  type        = bool
  description = "Enable Kubernetes NetworkPolicy enforcement in the VPC CNI."
  default     = false
}

variable "enable_coredns" {
  type        = bool
  description = "Manage the CoreDNS add-on."
  default     = true
}

variable "coredns_replicas" {
  type        = number
  description = "Number of CoreDNS replicas."
  default     = 2

  validation {
    condition     = var.coredns_replicas >= 2
    error_message = "Run at least two CoreDNS replicas for availability."
  }
}

variable "enable_kube_proxy" {
  type        = bool
  description = "Manage the kube-proxy add-on."
  default     = true
}

variable "enable_ebs_csi_driver" {
  type        = bool
  description = "Install the EBS CSI driver with an IRSA role, so PersistentVolumeClaims get gp3 volumes."
  default     = true
}

variable "ebs_csi_kms_key_arn" {
  type        = string
  description = "KMS key the EBS CSI driver may use for encrypted volumes. Null allows only the AWS managed key."
  default     = null
}

variable "enable_pod_identity_agent" {
  type        = bool
  description = "Install the EKS Pod Identity agent."
  default     = true
}

variable "resolve_conflicts_on_update" {
  type        = string
  description = "How to handle fields changed outside EKS during add-on updates: OVERWRITE or PRESERVE."
  default     = "OVERWRITE"

  validation {
    condition     = contains(["OVERWRITE", "PRESERVE"], var.resolve_conflicts_on_update)
    error_message = "resolve_conflicts_on_update must be OVERWRITE or PRESERVE."
  }
}

variable "additional_addons" {
  type = map(object({
    version                  = optional(string)
    configuration_values     = optional(string)
    service_account_role_arn = optional(string)
  }))
  description = "Further EKS add-ons by name, for example aws-efs-csi-driver or amazon-cloudwatch-observability."
  default     = {}
  nullable    = false
}

variable "tags" {
  type        = map(string)
  description = "Tags added to add-ons and roles."
  default     = {}
  nullable    = false
}
