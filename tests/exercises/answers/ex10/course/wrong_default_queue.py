# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: right in every way but one: WorkerPool's default queue (64) holds far more payloads than the budget.
import queue

from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    # Right in every way but one: WorkerPool's default queue (64) holds far more payloads than the budget.
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    with WorkerPool(max_workers=capacity) as pool:
        for _ in pool.map(lambda m: sender.send(m[1], m[0]), messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\); the budget is [\d,.]+ \([\d,.]+ MiB\)\."
