resource "aws_elasticache_replication_group" "this" {
}

output "id" {
  value = "acme-elasticache-redis"
}
