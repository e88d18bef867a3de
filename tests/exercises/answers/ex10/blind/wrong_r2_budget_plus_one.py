# Written from the student copy alone, without seeing the check or the solution.
# Mistake: "use the whole budget": 4 workers + a queue of 29 = 33 messages taken and not
# done, each with its payload: one over the budget.
# Breaks: "it never held more than **32 payloads** (4 MiB) at once".
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=33 - capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your sender held \d+ payloads at once \(\d+ KiB\); the budget is 32 \(4 MiB\)\."
