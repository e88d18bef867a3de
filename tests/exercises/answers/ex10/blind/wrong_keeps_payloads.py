# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a correct bounded sender, except that every (message_id, payload) is also appended to a
# list "to know what was sent if something goes wrong". The list keeps every payload alive after
# its send, so the sender holds all 100 payloads by the end: memory grows with the number of messages.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity
    sender = HttpSender(url, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=workers)
    sent = []

    def send(message):
        sent.append(message)
        return sender.send(message[1], message[0])

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\); the budget is [\d,.]+ \([\d,.]+ MiB\)\."
