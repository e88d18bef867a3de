# Written from the student copy alone, without seeing the check or the solution.
# WRONG: list(messages) makes all 100 payloads before the first send, so the process holds 100 (12.5 MiB) against a budget of 32, though the sends themselves are bounded.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    messages = list(messages)  # take them all in this thread: no two next() at once
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=2 * capacity):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
