variable "instance_count" {
  type    = number
  default = 2
}

variable "name" {
  type = string
}

variable "zones" {
  type    = list(string)
  default = ["a", "b"]
}

variable "subnets" {
  type = map(object({
    cidr   = string
    public = optional(bool, false)
  }))
  default = {
    app = { cidr = "10.0.1.0/24" }
  }
}

variable "tags" {
  type     = map(string)
  default  = {}
  nullable = false
}

variable "size" {
  default = "t3.micro"
}
