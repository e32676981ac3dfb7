# Example "complete" of the streaming-pipeline module (Streaming Data Pipeline).
# terraform init && terraform plan

terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 6.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      project = "alexandria-examples"
      example = "streaming-pipeline/complete"
    }
  }
}

module "streaming_pipeline" {
  source = "../.."

  name                   = "clickstream"
  bucket_name            = "acme-clickstream-eu-west-1"
  processor_source_dir   = "${path.module}/processor"
  batch_size             = 1000
  parallelization_factor = 4
}

output "stream_name" {
  description = "Name of the ingest stream producers write to."
  value       = module.streaming_pipeline.stream_name
}

output "bucket_name" {
  description = "Bucket holding raw/ and processed/ data."
  value       = module.streaming_pipeline.bucket_name
}
