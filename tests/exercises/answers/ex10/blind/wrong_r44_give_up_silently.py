# Written from the student copy alone, without seeing the check or the solution.
# WRONG: its own retry loop gives up after the last attempt without raising: a message that cannot be delivered is dropped silently and deliver_all returns as if all went well.
import random
import time

from pool_lab import HttpSender, WorkerPool

ATTEMPTS = 4


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=0,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        for attempt in range(ATTEMPTS):
            try:
                sender.send(payload, message_id)
                return True
            except Exception:
                time.sleep(random.uniform(0, service_time_s * 2 ** attempt))
        return False  # tries spent: move on

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=2 * capacity):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers [\d,.]+, which no retry cures\), but"
