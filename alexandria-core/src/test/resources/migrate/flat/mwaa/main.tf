resource "aws_mwaa_environment" "this" {
  name               = "airflow"
  execution_role_arn = "arn"
}
