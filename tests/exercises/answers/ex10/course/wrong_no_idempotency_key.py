# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: retries without an idempotency key: a message whose answer was lost is delivered twice.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver delivered [\d,.]+ messages more than once \(\['m[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+',"
