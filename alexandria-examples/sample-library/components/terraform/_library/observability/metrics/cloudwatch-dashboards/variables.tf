variable "dashboard_name" {
  type        = string
  description = "Name of the dashboard."
}

variable "region" {
  type        = string
  description = "Region the widgets query. Null uses the provider's region."
  default     = null
}

variable "alb_arn_suffixes" {
  type        = list(string)
  description = "ARN suffixes (app/name/id) of load balancers to chart request count, 5xx and latency for."
  default     = []
  nullable    = false
}

variable "ecs_services" {
  type = list(object({
    cluster_name = string
    service_name = string
  }))
  description = "ECS services to chart CPU and memory utilisation for."
  default     = []
  nullable    = false
}

variable "rds_instance_ids" {
  type        = list(string)
  description = "RDS instance identifiers to chart CPU, connections and free storage for."
  default     = []
  nullable    = false
}

variable "lambda_function_names" {
  type        = list(string)
  description = "Lambda functions to chart invocations, errors and duration for."
  default     = []
  nullable    = false
}

variable "sqs_queue_names" {
  type        = list(string)
  description = "Queues to chart visible messages and age of the oldest message for."
  default     = []
  nullable    = false
}

variable "period_seconds" {
  type        = number
  description = "Aggregation period of every widget."
  default     = 300
}
