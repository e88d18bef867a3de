# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounded and idempotent, but it returns before the work is done: the pool is shut down with
# wait=False "so the caller is not blocked", and the futures are never looked at. The last messages
# are still being sent (or retried) when deliver_all returns, and a DeliveryFailed is never seen.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity
    sender = HttpSender(url, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=workers)
    pool = WorkerPool(max_workers=workers, queue_size=workers)
    for message_id, payload in messages:
        pool.submit(sender.send, payload, message_id)
    pool.shutdown(wait=False)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all returned when the receiver had [\d,.]+ of the [\d,.]+ messages; the others"
