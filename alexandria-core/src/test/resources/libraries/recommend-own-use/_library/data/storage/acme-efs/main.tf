resource "aws_efs_file_system" "this" {
  encrypted = true
}

output "id" {
  value = aws_efs_file_system.this.id
}
