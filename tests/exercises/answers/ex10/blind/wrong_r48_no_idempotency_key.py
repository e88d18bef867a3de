# Written from the student copy alone, without seeing the check or the solution.
# WRONG: retries without an idempotency key, so every message whose answer was lost is delivered a second time by its retry.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        pool_maxsize=capacity,
        pool_block=True,
    )  # idempotency_key left at False

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
FAILS_WITH = r"the receiver delivered [\d,.]+ messages more than once \(\['m[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', \.\.\.\] \([\d,.]+ items\)\)"
