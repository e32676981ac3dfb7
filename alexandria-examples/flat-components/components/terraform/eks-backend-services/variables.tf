variable "name" {
  type        = string
  description = "Name prefix of the repositories, queues and role."
}

variable "cluster_name" {
  type        = string
  description = "Name of the EKS cluster whose workloads use the services."
}

variable "namespace" {
  type        = string
  description = "Kubernetes namespace of the workloads' service account."
}

variable "service_account" {
  type        = string
  description = "Kubernetes service account that receives the IAM role through EKS Pod Identity."
}

variable "repositories" {
  type        = list(string)
  description = "ECR repositories to create, one per service image."
  default     = []
}

variable "queues" {
  type        = list(string)
  description = "SQS queues to create for the services."
  default     = []
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}
}
