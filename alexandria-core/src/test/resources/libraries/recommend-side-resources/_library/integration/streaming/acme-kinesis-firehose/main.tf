resource "aws_kinesis_firehose_delivery_stream" "this" {
  name        = "records"
  destination = "extended_s3"
}

output "delivery_stream_arn" {
  value = aws_kinesis_firehose_delivery_stream.this.arn
}
