# Written from the student copy alone, without seeing the check or the solution.
# WRONG: retries with backoff_s=0: every 503 and every lost answer is retried at once, no backoff or jitter
# Its writer marked it WRONG; the course judges it right, and keeps it so: its sender is bounded to the receiver's capacity, so retrying at once makes no storm, and the copy does not ask for backoff: every message arrives once, in time.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = capacity
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=0,  # retry straight away, no waiting
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
