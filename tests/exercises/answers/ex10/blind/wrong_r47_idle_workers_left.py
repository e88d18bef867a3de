# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits with queue.join() for the work, but never tells the daemon workers to stop: they stay blocked on tasks.get(), threads left behind by every call.
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
            message_id, payload = tasks.get()
            try:
                if not errors:
                    sender.send(payload, message_id)
            except Exception as error:
                errors.append(error)
            finally:
                payload = None
                tasks.task_done()

    for n in range(workers):
        threading.Thread(target=worker, name=f"deliver-{n}", daemon=True).start()
    for item in messages:
        if errors:
            break
        tasks.put(item)
        item = None
    tasks.join()  # every message handled
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads that deliver_all started were still alive [\d,.]+ s after it returned"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
