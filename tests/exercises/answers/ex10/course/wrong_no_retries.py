# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: no retries: the 503 answered to every 7th message's first try is final.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, idempotency_key=True, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all\(url, messages, capacity=[\d,.]+ service_time_s=[\d,.]+\) raised"
