# Written from the student copy alone, without seeing the check or the solution.
# WRONG: pool.submit's Futures are never read (no result()), so a DeliveryFailed stays inside its Future and never reaches the caller.
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
    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for message_id, payload in messages:
            pool.submit(sender.send, payload, message_id)
            del payload
    # the with block waited for every task, so everything was sent


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers [\d,.]+, which no retry cures\), but"
