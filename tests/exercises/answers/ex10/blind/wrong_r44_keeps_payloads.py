# Written from the student copy alone, without seeing the check or the solution.
# WRONG: keeps every (message_id, payload) it sent in a list (to know what was sent), so all 100 payloads stay alive after their upload: far past the 32-payload budget.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    sent = []

    def send(message):
        message_id, payload = message
        sender.send(payload, message_id)
        return message

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for message in pool.map(send, messages, buffersize=2 * capacity):
            sent.append(message)  # a record of what went out
    return len(sent)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
