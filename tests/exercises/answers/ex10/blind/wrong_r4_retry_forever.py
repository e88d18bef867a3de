# Written from the student copy alone, without seeing the check or the solution.
# WRONG (retries unbounded): a bounded pool, key, HttpSender retries, plus a hand-written "while True" loop that retries DeliveryFailed for ever, so a 404 that no retry cures never reaches the caller (it spins).
import time

from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=3, backoff_s=0.02, max_backoff_s=0.2,
                        idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        while True:  # "never give up"
            try:
                return sender.send(payload, message_id)
            except DeliveryFailed:
                time.sleep(0.05)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=2 * capacity):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"did not return within [\d.]+ s when every send failed for good \(HTTP 404\)"
# It leaves threads retrying for ever, which no test can stop: it runs in a process of its own.
RUN_ALONE = True
