resource "aws_ecs_cluster" "this" {
}

output "id" {
  value = "acme-ecs-cluster"
}
