import json
import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    member = event["requestContext"]["authorizer"]["claims"]["sub"]
    item = table.get_item(Key={"pk": f"MEMBER#{member}", "sk": "PROFILE"}).get("Item", {})
    return {"statusCode": 200, "body": json.dumps({"points": int(item.get("points", 0))})}
