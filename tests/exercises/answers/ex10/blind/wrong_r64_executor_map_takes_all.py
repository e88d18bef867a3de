# Written from the student copy alone, without seeing the check or the solution.
# Mistake: ThreadPoolExecutor.map (Python < 3.14, no buffersize) submits every message before it yields, making all 100 payloads at once.
# Breaks: "it never held more than **32 payloads** (4 MiB) at once"
from concurrent.futures import ThreadPoolExecutor

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5.0,
        retries=5,
        backoff_s=0.05,
        idempotency_key=True,
        pool_maxsize=capacity,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with ThreadPoolExecutor(max_workers=capacity) as executor:
        for _ in executor.map(send, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held \d+ payloads at once \(\d+ KiB\); the budget is 32 \(4 MiB\)"
