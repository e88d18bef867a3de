# Written from the student copy alone, without seeing the check or the solution.
# Mistake: retries with backoff but without an idempotency key, so a message whose answer was lost is delivered again by its retry.
# Breaks: "the receiver got every one of the 100 messages by the time `deliver_all` returned, **none twice**"
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5.0,
        retries=5,
        backoff_s=0.05,
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
FAILS_WITH = r"the receiver delivered \d+ messages more than once"
