# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sizes the timeout from the 40 ms service time alone (5 x = 0.2 s), shorter than the 600 ms slow request: it gives up on a request the receiver then serves (a retry storm).
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5 * service_time_s,  # "five times the service time is plenty"
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )

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
FAILS_WITH = r"the receiver served [\d,.]+ requests after your sender had stopped waiting for their answer \(its timeout ran out"
