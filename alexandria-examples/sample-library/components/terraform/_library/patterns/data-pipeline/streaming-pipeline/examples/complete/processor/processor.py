import base64
import json
import os

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    """Decode click events, drop bots, write one object per batch; report failed records."""
    failures, clicks = [], []
    for record in event["Records"]:
        try:
            click = json.loads(base64.b64decode(record["kinesis"]["data"]))
            if not click.get("user_agent", "").lower().startswith("bot"):
                clicks.append(click)
        except (ValueError, KeyError):
            failures.append({"itemIdentifier": record["kinesis"]["sequenceNumber"]})
    if clicks:
        key = f"{os.environ['OUTPUT_PREFIX']}{context.aws_request_id}.json"
        s3.put_object(Bucket=os.environ["OUTPUT_BUCKET"], Key=key, Body="\n".join(json.dumps(c) for c in clicks))
    return {"batchItemFailures": failures}
