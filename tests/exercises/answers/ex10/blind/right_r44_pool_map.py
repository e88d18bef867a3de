# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: WorkerPool.map with capacity workers and a queue of capacity (at most 2*capacity payloads in flight); HttpSender retries with jittered backoff and an idempotency key.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = capacity  # Little's law: capacity / service_time_s per second, each for service_time_s
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),  # far above queue wait + service: no retry storm
        retries=3,  # a message refused once (503) and then losing its answer needs two retries
        backoff_s=service_time_s,
        max_backoff_s=0.5,
        idempotency_key=True,  # a retry of a lost answer is not delivered twice
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=workers + capacity):
            pass  # a DeliveryFailed raised by send comes out of the iterator here
