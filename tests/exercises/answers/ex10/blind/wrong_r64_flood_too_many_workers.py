# Written from the student copy alone, without seeing the check or the solution.
# Mistake: more workers than the receiver serves and queues (4 x capacity = 16 > 4 + 4), "to go faster"; retries then hide the 503s it causes.
# Breaks: "it never had more requests at the receiver than it serves and queues (4 + 4): the receiver refused no request because it was full"
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 4 * capacity
    sender = HttpSender(
        url,
        timeout_s=5.0,
        retries=5,
        backoff_s=0.05,
        idempotency_key=True,
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


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"because it was full.*Hint: .*Little's law"
