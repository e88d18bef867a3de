# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sets the key but keeps HttpSender's default retries=0, so the first 503 (every 7th message) or lost answer ends the run in DeliveryFailed.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )  # retries left at its default, 0

    def send_one(item):
        message_id, payload = item
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        results = pool.map(send_one, messages)
        try:
            for _ in results:
                pass
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
            pool.shutdown(wait=True, cancel_futures=True)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all\(url, messages, capacity=[\d,.]+, service_time_s=[\d,.]+\) raised DeliveryFailed: message m[\d,.]+ not delivered"
