# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the feeder queues every message and the stop sentinels, then returns without joining the workers: the last messages are still being sent when it returns.
import queue
import threading

from pool_lab import HttpSender

_DONE = object()


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
            item = work.get()
            if item is _DONE:
                return
            if stop.is_set():
                item = None
                continue
            message_id, payload = item
            item = None
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                stop.set()
            payload = None

    workers = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in workers:
        thread.start()
    for item in messages:
        if stop.is_set():
            break
        work.put(item)
        item = None
    item = None
    for _ in workers:
        work.put(_DONE)  # "once the sentinels are queued, we are done" - no join
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all returned when the receiver had [\d,.]+ of the [\d,.]+ messages"
