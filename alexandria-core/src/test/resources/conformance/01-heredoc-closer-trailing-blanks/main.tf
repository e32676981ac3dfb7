variable "spaces_after_marker" {
  default = <<EOT
two
EOT  
}

variable "tab_after_marker" {
  default = <<-EOT
    three
    EOT	
}

variable "nbsp_after_marker" {
  default = <<EOT
four
EOT 
}

variable "after" {
  default = "x"
}
