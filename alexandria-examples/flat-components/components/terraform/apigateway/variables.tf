variable "name" {
  type        = string
  description = "Name of the REST API."
}

variable "description" {
  type        = string
  description = "Description of the REST API."
  default     = "Managed by Terraform"
}

variable "stage_name" {
  type        = string
  description = "Name of the deployment stage, for example v1."
  default     = "v1"
}

variable "user_pool_arn" {
  type        = string
  description = "ARN of the Cognito user pool whose tokens authorize requests."
}

variable "lambda_function_name" {
  type        = string
  description = "Name of the Lambda function that handles every request."
}

variable "lambda_invoke_arn" {
  type        = string
  description = "Invoke ARN of the Lambda function that handles every request."
}

variable "throttling_rate_limit" {
  type        = number
  description = "Steady-state request limit of the stage, in requests per second."
  default     = 100
}

variable "throttling_burst_limit" {
  type        = number
  description = "Burst request limit of the stage, in requests."
  default     = 200
}

variable "tags" {
  type        = map(string)
  description = "Tags added to the API and its stage."
  default     = {}
}
