# Written from the student copy alone, without seeing the check or the solution.
# Approach: size the pool to what the receiver serves AND queues (capacity + its queue of
# 4 = 2 * capacity here, 8): never more requests at the receiver than 4 + 4, so none is
# refused as full; payloads <= 8 workers + 8 queued + 1 = 17 <= 32. Bounded retries with
# backoff, idempotency key, one connection per worker.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=workers)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages):
            pass
