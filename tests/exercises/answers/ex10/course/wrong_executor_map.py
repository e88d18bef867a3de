# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: ThreadPoolExecutor.map: bounded threads, an unbounded queue of payloads.
import concurrent.futures as cf
import queue

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=20, backoff_s=0.05, idempotency_key=True, pool_maxsize=capacity)
    with cf.ThreadPoolExecutor(max_workers=capacity) as pool:  # bounded threads, an unbounded queue of payloads
        list(pool.map(lambda m: sender.send(m[1], m[0]), messages))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\); the budget is [\d,.]+ \([\d,.]+ MiB\)\."
