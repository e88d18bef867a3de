# Written from the student copy alone, without seeing the check or the solution.
# Approach: Little's law: capacity/service_time_s msg/s each for service_time_s gives
# L = capacity requests in flight: a WorkerPool of `capacity` workers, a queue of
# `capacity` (so <= 2*capacity + 1 payloads held, far under 32), pulled lazily by map.
# HttpSender with bounded retries + backoff/jitter (503s and lost answers are retried)
# and an idempotency key (a retry of a lost answer is not delivered twice); one
# connection per worker. DeliveryFailed from send reaches the caller through map.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(url, timeout_s=max(1.0, 10 * service_time_s), retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=workers)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages):
            pass
