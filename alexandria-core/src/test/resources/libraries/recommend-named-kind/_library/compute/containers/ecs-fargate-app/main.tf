resource "aws_ecs_cluster" "this" {
  name = "apps"
}

resource "aws_ecs_service" "this" {
  name        = "app"
  cluster     = aws_ecs_cluster.this.id
  launch_type = "FARGATE"
}

output "cluster_arn" {
  value = aws_ecs_cluster.this.arn
}
