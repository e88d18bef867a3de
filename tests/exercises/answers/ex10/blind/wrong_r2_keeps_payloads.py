# Written from the student copy alone, without seeing the check or the solution.
# Mistake: keeps every (message_id, payload) it has sent in a list "for the report",
# so each payload is still referred to after its send is done.
# Breaks: "a payload is held from its making until nothing in your process refers to it
# any more" / "never held more than **32 payloads**".
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)
    sent = []

    def send(message):
        message_id, payload = message
        n = sender.send(payload, message_id)
        sent.append(message)
        return n

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass
    return len(sent)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your sender held \d+ payloads at once \(\d+ KiB\); the budget is 32 \(4 MiB\)\."
