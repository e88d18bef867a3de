# Written from the student copy alone, without seeing the check or the solution.
# WRONG: everything right (Little's law workers, retries with backoff, a key) except the pool's queue:
# WorkerPool's default queue_size is 64, and map keeps max_workers + queue_size messages in flight,
# each with its payload: up to 8 + 64 payloads alive, far over the budget of 32. The notebook warns
# about it ("count what that means against the budget"); the student did not count.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity
    sender = HttpSender(url, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=workers)
    with WorkerPool(max_workers=workers) as pool:
        for _ in pool.map(lambda message: sender.send(message[1], message[0]), messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\); the budget is [\d,.]+ \([\d,.]+ MiB\)\."
