# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law sizes the pool: the receiver serves capacity / service_time_s messages a second,
# each for service_time_s, so L = capacity workers keep it busy without a flood (4 at the receiver, far
# below its 4 + 4). WorkerPool.map takes a message only when one of max_workers + queue_size = 8 places
# is free, so at most 8 payloads (plus one being let go) are held, far under 32. Bounded retries with
# backoff and jitter cure the 503s and the lost answers; the idempotency key keeps a retried delivery
# from arriving twice. A DeliveryFailed (the 404 endpoint) comes out of map and reaches the caller.
import math

from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    rate = capacity / service_time_s  # messages per second the receiver serves
    workers = max(1, math.ceil(round(rate * service_time_s, 9)))  # Little's law: L = lambda * W
    sender = HttpSender(url, timeout_s=max(1.0, 20 * service_time_s), retries=6, backoff_s=service_time_s,
                        max_backoff_s=0.5, idempotency_key=True, pool_maxsize=workers, pool_block=True)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages):
            pass
