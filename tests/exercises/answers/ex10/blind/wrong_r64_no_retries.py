# Written from the student copy alone, without seeing the check or the solution.
# Mistake: keeps HttpSender's default retries=0 (key set, but one try each), so the first 503 of every 7th message is final.
# Breaks: "the receiver got every one of the 100 messages by the time `deliver_all` returned"
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5.0,
        idempotency_key=True,
        pool_maxsize=capacity,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        try:
            for _ in pool.map(send, messages):
                pass
        except DeliveryFailed:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised DeliveryFailed: message m\d+ not delivered after 1 attempt"
