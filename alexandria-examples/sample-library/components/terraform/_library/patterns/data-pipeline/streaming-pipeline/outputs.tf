output "stream_name" {
  description = "Name of the ingest stream producers write to."
  value       = module.stream.stream_name
}

output "stream_arn" {
  description = "ARN of the ingest stream; grant kinesis:PutRecords on it to producers."
  value       = module.stream.stream_arn
}

output "bucket_name" {
  description = "Bucket holding raw/ and processed/ data."
  value       = module.bucket.bucket_id
}

output "processor_function_name" {
  description = "Name of the record processor function."
  value       = module.processor.function_name
}

output "dead_letter_queue_url" {
  description = "Queue receiving metadata of batches that failed after retries."
  value       = module.dead_letters.queue_url
}

output "kms_key_arn" {
  description = "ARN of the pipeline's KMS key; producers need kms:GenerateDataKey on it."
  value       = module.key.key_arn
}
