# Written from the student copy alone, without seeing the check or the solution.
# WRONG: retries without the idempotency key: a message whose answer was lost is retried and delivered twice
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = capacity
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        max_backoff_s=0.5,
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
FAILS_WITH = r"the receiver delivered [\d,.]+ messages more than once \(\['m[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', \.\.\.\] \([\d,.]+ items\)\)"
