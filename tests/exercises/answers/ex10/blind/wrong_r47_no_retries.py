# Written from the student copy alone, without seeing the check or the solution.
# WRONG: idempotency key but no retries (HttpSender's default retries=0): the first 503 of every 7th message, or a lost answer, raises DeliveryFailed on the good receiver.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        idempotency_key=True,
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
FAILS_WITH = r"deliver_all\(url, messages, capacity=[\d,.]+, service_time_s=[\d,.]+\) raised DeliveryFailed: message m[\d,.]+ not delivered"
