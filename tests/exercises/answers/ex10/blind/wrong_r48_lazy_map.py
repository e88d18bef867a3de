# Written from the student copy alone, without seeing the check or the solution.
# WRONG: calls WorkerPool.map without consuming its lazy iterator, so only the first few messages are ever taken and it returns with the work unfinished (and no error seen).
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

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        pool.map(send_one, messages)  # "the with block waits for everything" - but map only takes as results are read


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver never got [\d,.]+ of the [\d,.]+ messages \(\['m[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', \.\.\.\] \([\d,.]+ items\)\)"
