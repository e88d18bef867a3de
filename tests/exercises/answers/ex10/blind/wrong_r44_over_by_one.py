# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sized to what the receiver serves and queues (2 * capacity) plus one spare worker: 9 requests at once against room for 8, so the receiver refuses some as full
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity + 1  # capacity in service, capacity queued, and one spare
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
