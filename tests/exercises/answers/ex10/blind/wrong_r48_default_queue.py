# Written from the student copy alone, without seeing the check or the solution.
# WRONG: WorkerPool(max_workers=capacity) keeps its default queue of 64, so map takes up to 4 + 64 = 68 payloads ahead: far over the 32-payload budget.
from pool_lab import HttpSender, WorkerPool


def _make_sender(url, capacity, service_time_s):
    return HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = _make_sender(url, capacity, service_time_s)

    def send_one(item):
        message_id, payload = item
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity) as pool:  # queue_size left at its default (64)
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
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
