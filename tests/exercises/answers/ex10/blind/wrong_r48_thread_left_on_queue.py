# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits with Queue.join() until every message is handled, but never stops its workers: daemon threads stay blocked on get() after every call.
import queue
import threading

from pool_lab import HttpSender


def _make_sender(url, capacity, service_time_s):
    return HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = _make_sender(url, capacity, service_time_s)
    work = queue.Queue(maxsize=capacity)
    stop = threading.Event()
    errors = []

    def worker():
        while True:
            item = work.get()  # waits here for ever once the messages run out
            try:
                if not stop.is_set():
                    message_id, payload = item
                    item = None
                    try:
                        sender.send(payload, message_id)
                    except BaseException as error:
                        errors.append(error)
                        stop.set()
                    payload = None
            finally:
                item = None
                work.task_done()

    for _ in range(capacity):
        threading.Thread(target=worker, daemon=True).start()
    for item in messages:
        if stop.is_set():
            break
        work.put(item)
        item = None
    item = None
    work.join()  # every message handled: but the workers are still alive
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads that deliver_all started were still alive [\d,.]+ s after it returned"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
