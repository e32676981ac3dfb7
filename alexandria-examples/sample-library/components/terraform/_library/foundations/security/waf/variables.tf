variable "name" {
  type        = string
  description = "Name of the web ACL; also the prefix of its IP sets and metrics."
}

variable "description" {
  type        = string
  description = "Description of the web ACL."
  default     = "Edge protection managed by the alexandria waf module"
}

variable "scope" {
  type        = string
  description = "REGIONAL for ALB, API Gateway, AppSync and Cognito; CLOUDFRONT for distributions (deploy in us-east-1)."
  default     = "REGIONAL"

  validation {
    condition     = contains(["REGIONAL", "CLOUDFRONT"], var.scope)
    error_message = "scope must be REGIONAL or CLOUDFRONT."
  }
}

variable "default_action" {
  type        = string
  description = "Action for requests no rule matches: allow or block."
  default     = "allow"

  validation {
    condition     = contains(["allow", "block"], var.default_action)
    error_message = "default_action must be allow or block."
  }
}

variable "managed_rule_groups" {
  type = list(object({
    name           = string
    vendor_name    = optional(string, "AWS")
    priority       = number
    count_only     = optional(bool, false)
    rules_to_count = optional(list(string), [])
  }))
  description = "AWS or Marketplace managed rule groups. count_only evaluates the group without blocking; rules_to_count overrides single rules to count."
  default = [
    { name = "AWSManagedRulesCommonRuleSet", priority = 10 },
    { name = "AWSManagedRulesKnownBadInputsRuleSet", priority = 20 },
    { name = "AWSManagedRulesAmazonIpReputationList", priority = 30 },
  ]
  nullable = false
}

variable "rate_limit" {
  type        = number
  description = "Requests per 5 minutes allowed from one IP address before it is blocked. 0 disables the rate rule."
  default     = 2000

  validation {
    condition     = var.rate_limit == 0 || var.rate_limit >= 100
    error_message = "rate_limit must be 0 (disabled) or at least 100."
  }
}

variable "ip_allowlist" {
  type        = list(string)
  description = "IPv4 CIDR blocks that bypass every other rule (office egress, synthetic monitoring)."
  default     = []
  nullable    = false
}

variable "ip_blocklist" {
  type        = list(string)
  description = "IPv4 CIDR blocks that are always blocked."
  default     = []
  nullable    = false
}

variable "geo_block_countries" {
  type        = list(string)
  description = "ISO 3166-1 alpha-2 country codes to block."
  default     = []
  nullable    = false
}

variable "associate_resource_arns" {
  type        = list(string)
  description = "ARNs of regional resources (ALB, API Gateway stage) to associate with the web ACL."
  default     = []
  nullable    = false
}

variable "enable_logging" {
  type        = bool
  description = "Send full request logs to a CloudWatch Logs group named aws-waf-logs-<name>."
  default     = true
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the WAF log group in days."
  default     = 30
}

variable "redacted_headers" {
  type        = list(string)
  description = "Request headers redacted from logs (lower case)."
  default     = ["authorization", "cookie"]
}

variable "sampled_requests_enabled" {
  type        = bool
  description = "Keep samples of matching requests for the console."
  default     = true
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource."
  default     = {}
  nullable    = false
}
