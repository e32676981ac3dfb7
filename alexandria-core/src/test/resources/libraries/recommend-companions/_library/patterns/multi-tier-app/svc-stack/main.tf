resource "aws_ecs_cluster" "this" {
}

resource "aws_ecs_service" "this" {
}

resource "aws_ecs_task_definition" "this" {
}

resource "aws_dynamodb_table" "this" {
}

resource "aws_route" "this" {
}

resource "aws_route_table" "this" {
}

resource "random_string" "suffix" {
}
