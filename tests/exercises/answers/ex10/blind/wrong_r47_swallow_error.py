# Written from the student copy alone, without seeing the check or the solution.
# WRONG: DeliveryFailed is caught in the task and turned into None, so the 404 endpoint "succeeds" and deliver_all never raises.
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        try:
            return sender.send(payload, message_id)
        except DeliveryFailed:
            return None  # skip a message that cannot be delivered and carry on

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages, buffersize=2 * workers):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers [\d,.]+, which no retry cures\), but"
