# Written from the student copy alone, without seeing the check or the solution.
# WRONG: catches the DeliveryFailed and raises its own RuntimeError instead: the caller is told, but not with the DeliveryFailed it must get.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        try:
            for _ in pool.map(send, messages, buffersize=2 * capacity):
                pass
        except Exception as error:
            raise RuntimeError(f"delivery failed: {error}") from None


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers [\d,.]+, which no retry cures\), but"
