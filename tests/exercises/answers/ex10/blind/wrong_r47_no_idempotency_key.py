# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounded and retrying, but without an idempotency key: every 5th message, whose first answer is lost, is delivered twice.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages, buffersize=2 * workers):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver delivered [\d,.]+ messages more than once \(\['m[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', \.\.\.\] \([\d,.]+ items\)\)"
