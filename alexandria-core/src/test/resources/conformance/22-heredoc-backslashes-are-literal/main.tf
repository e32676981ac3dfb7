variable "log_format" {
  default = <<-EOF
  %%{time}t ip=%h
  ff=%%{if(req.ff, \"t\", \"f\")}V
  path=C:\new\table
  cost=$$5 $${not_interpolated}
  EOF
}
