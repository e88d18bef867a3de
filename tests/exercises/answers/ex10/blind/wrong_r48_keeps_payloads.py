# Written from the student copy alone, without seeing the check or the solution.
# WRONG: keeps every sent (message_id, payload) in a log list until it returns, so payloads stay alive after their send: 100 x 128 KiB held.
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
    sent = []  # "to know what went out"

    def send_one(item):
        message_id, payload = item
        sender.send(payload, message_id)
        sent.append(item)  # the payload lives on in this list
        return message_id

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
    return None


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
