# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "it never held more than 32 payloads (4 MiB) at once" (and the hint "Its queue holds 64
# items unless you say otherwise: count what that means against the budget"): the WorkerPool keeps its
# default queue of 64, so map takes up to 4 + 64 = 68 messages ahead of the workers, 68 payloads held.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05, idempotency_key=True,
                        pool_maxsize=capacity, pool_block=True)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your sender held \d+ payloads at once \(\d+ KiB\); the budget is 32"
