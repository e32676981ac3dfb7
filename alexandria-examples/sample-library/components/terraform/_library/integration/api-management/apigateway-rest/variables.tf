variable "name" {
  type        = string
  description = "Name of the REST API."
}

variable "description" {
  type        = string
  description = "Description of the API."
  default     = null
}

variable "endpoint_type" {
  type        = string
  description = "REGIONAL, EDGE or PRIVATE."
  default     = "REGIONAL"

  validation {
    condition     = contains(["REGIONAL", "EDGE", "PRIVATE"], var.endpoint_type)
    error_message = "endpoint_type must be REGIONAL, EDGE or PRIVATE."
  }
}

variable "openapi_body" {
  type        = string
  description = "OpenAPI 3 document with x-amazon-apigateway-integration extensions. Null creates a greedy {proxy+} Lambda proxy API instead."
  default     = null
}

variable "lambda_invoke_arn" {
  type        = string
  description = "Invoke ARN of the Lambda function behind the proxy API (when openapi_body is null)."
  default     = null
}

variable "lambda_function_name" {
  type        = string
  description = "Name of the Lambda function API Gateway is allowed to invoke."
  default     = null
}

variable "stage_name" {
  type        = string
  description = "Name of the deployment stage."
  default     = "v1"
}

variable "cognito_user_pool_arns" {
  type        = list(string)
  description = "Cognito user pools authorising requests to the proxy API. Empty leaves the proxy API unauthenticated."
  default     = []
  nullable    = false
}

variable "throttling_burst_limit" {
  type        = number
  description = "Stage-wide burst limit in requests."
  default     = 500
}

variable "throttling_rate_limit" {
  type        = number
  description = "Stage-wide steady-state limit in requests per second."
  default     = 1000
}

variable "xray_tracing_enabled" {
  type        = bool
  description = "Trace requests with AWS X-Ray."
  default     = true
}

variable "access_log_retention_days" {
  type        = number
  description = "Retention of the access log group in days."
  default     = 30
}

variable "cache_cluster_size" {
  type        = string
  description = "Stage cache size in GB (0.5, 1.6, 6.1, 13.5 ...). Null disables caching."
  default     = null
}

variable "waf_acl_arn" {
  type        = string
  description = "WAFv2 web ACL (scope REGIONAL) associated with the stage, for example web_acl_arn of the waf module."
  default     = null
}

variable "domain_name" {
  type        = string
  description = "Custom domain name of the API, for example api.payments.example.com. Null keeps the execute-api URL."
  default     = null
}

variable "certificate_arn" {
  type        = string
  description = "ACM certificate for domain_name, in the API's region for REGIONAL endpoints."
  default     = null
}

variable "minimum_compression_size" {
  type        = number
  description = "Compress responses larger than this many bytes. Null disables compression."
  default     = 1024
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
