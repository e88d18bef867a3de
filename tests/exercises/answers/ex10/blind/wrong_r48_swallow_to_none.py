# Written from the student copy alone, without seeing the check or the solution.
# WRONG: DeliveryFailed is caught in the task and turned into None, so deliver_all returns normally on the 404 endpoint instead of raising.
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def _make_sender(url, capacity, service_time_s):
    return HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = _make_sender(url, capacity, service_time_s)

    def send_one(item):
        message_id, payload = item
        try:
            return sender.send(payload, message_id)
        except DeliveryFailed:
            return None  # "one bad message should not stop the others"

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send_one, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers [\d,.]+, which no retry cures\), but"
