# Written from the student copy alone, without seeing the check or the solution.
# Approach: a WorkerPool of `capacity` workers and a queue of `capacity`, fed lazily by its map (at most 2 x capacity payloads held).
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    # Little's law: capacity / service_time_s messages per second, each for service_time_s,
    # so `capacity` sends in flight keep the receiver busy without queueing it.
    workers = capacity
    sender = HttpSender(
        url,
        timeout_s=max(5.0, 50 * service_time_s),  # well above a queued wait plus the slow request
        retries=5,                                 # 503s and lost answers are retried...
        backoff_s=service_time_s,                  # ...with backoff and jitter
        idempotency_key=True,                      # ...and a retry of a delivered message is not delivered again
        pool_maxsize=workers,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=capacity) as pool:
        try:
            for _ in pool.map(send, messages):
                pass
        except DeliveryFailed:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
