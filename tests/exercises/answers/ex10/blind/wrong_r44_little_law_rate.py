# Written from the student copy alone, without seeing the check or the solution.
# WRONG: Little's law misread: workers = capacity / service_time_s (100, the rate per second) instead of capacity, flooding the receiver and holding about 100 payloads
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = int(capacity / service_time_s)  # Little's law: messages per second
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=workers + capacity):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ (?:requests )?because it was full"
