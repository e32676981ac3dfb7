resource "aws_security_group" "this" {
  name   = var.rule_1
  vpc_id = var.rule_2
  tags   = { Name = var.rule_3 Team = "networking" }
}

output "id" {
  value = aws_security_group.this.id
}
