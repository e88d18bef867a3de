# Written from the student copy alone, without seeing the check or the solution.
# WRONG: keeps a log of every (message_id, payload) it delivered until it returns, so payloads stay alive after their send: all 100 held by the end, over the 32-payload budget.
import threading

from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )
    delivered = []  # what went out, to check the count at the end
    lock = threading.Lock()

    def send(message):
        message_id, payload = message
        sender.send(payload, message_id)
        with lock:
            delivered.append(message)
        return message_id

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        sent = list(pool.map(send, messages, buffersize=2 * workers))
    assert len(sent) == len(delivered)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
