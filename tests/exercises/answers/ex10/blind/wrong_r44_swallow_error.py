# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each task catches DeliveryFailed and only notes it, so an undeliverable message (the 404 endpoint) never reaches the caller: deliver_all returns normally.
import threading

from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    failures = []
    lock = threading.Lock()

    def send(message):
        message_id, payload = message
        try:
            sender.send(payload, message_id)
        except Exception as error:  # do not let one bad message kill the whole run
            with lock:
                failures.append((message_id, str(error)))

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=2 * capacity):
            pass
    return failures


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers [\d,.]+, which no retry cures\), but"
