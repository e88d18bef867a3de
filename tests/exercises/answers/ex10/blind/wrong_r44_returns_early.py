# Written from the student copy alone, without seeing the check or the solution.
# WRONG: shuts the pool down with wait=False and returns while the last messages are still queued or being sent (and their workers still run).
import threading

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
    errors = []
    lock = threading.Lock()

    def task(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as error:
            with lock:
                errors.append(error)

    pool = WorkerPool(max_workers=capacity, queue_size=capacity)
    for message_id, payload in messages:
        if errors:
            break
        pool.submit(task, message_id, payload)
        del payload
    pool.shutdown(wait=False)  # every message is handed over: no need to wait
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all returned when the receiver had [\d,.]+ of the [\d,.]+ messages"
