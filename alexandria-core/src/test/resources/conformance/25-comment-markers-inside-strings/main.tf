variable "url" { default = "https://example.com/path#fragment" }
variable "slashes" { default = "a // b /* c */ d # e" }
variable "heredoc_hash" {
  default = <<EOT
# not a comment
// nor this
EOT
}
variable "after" { default = "still read" } # a real comment
