# Written from the student copy alone, without seeing the check or the solution.
# Mistake: list(messages) first "to know how many there are": every payload is built and
# held at once (100 > 32), although the sending itself is well bounded.
# Breaks: "it never held more than **32 payloads** (4 MiB) at once" ("each payload built only
# when you take it").
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    messages = list(messages)
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your sender held \d+ payloads at once \(\d+ KiB\); the budget is 32 \(4 MiB\)\."
