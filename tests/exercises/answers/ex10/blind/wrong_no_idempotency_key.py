# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounded pool, small queue, retries with backoff, but no idempotency key. When the receiver
# delivers a message and then loses the answer (every 5th), the client sees a broken connection and
# retries: the receiver cannot tell the retry from a new message and delivers it a second time.
# The student turns on retries to fix the lost 503s and thinks that is the whole fix.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity
    sender = HttpSender(url, retries=5, backoff_s=0.05, pool_maxsize=workers)
    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(lambda message: sender.send(message[1], message[0]), messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver delivered [\d,.]+ messages more than once \(\['m[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+',"
