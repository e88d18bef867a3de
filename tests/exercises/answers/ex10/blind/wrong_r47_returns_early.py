# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns as soon as the last message is handed to the queue, without waiting for the workers: the last sends are still running (daemon threads alive) and their errors are never seen.
import queue
import threading

from pool_lab import HttpSender


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
    tasks = queue.Queue(maxsize=workers)
    errors = []

    def worker():
        while True:
            item = tasks.get()
            if item is None:
                return
            message_id, payload = item
            item = None
            try:
                sender.send(payload, message_id)
            except Exception as error:
                errors.append(error)
            payload = None

    for n in range(workers):
        threading.Thread(target=worker, name=f"deliver-{n}", daemon=True).start()
    for item in messages:
        if errors:
            raise errors[0]
        tasks.put(item)
    for _ in range(workers):
        tasks.put(None)  # they will stop once the queue is empty
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all returned when the receiver had [\d,.]+ of the [\d,.]+ messages"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
