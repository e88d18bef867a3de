# Written from the student copy alone, without seeing the check or the solution.
# Approach: `capacity` worker threads take from a bounded queue.Queue fed by this thread, stopped by one sentinel each.
import queue
import threading

from pool_lab import HttpSender

_STOP = object()


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
    work = queue.Queue(maxsize=capacity)
    errors = []
    failed = threading.Event()

    def worker():
        while True:
            item = work.get()
            if item is _STOP:
                return
            message_id, payload = item
            item = None
            if not failed.is_set():  # after a failure, drain the queue without sending
                try:
                    sender.send(payload, message_id)
                except Exception as error:
                    errors.append(error)
                    failed.set()
            payload = None

    threads = [threading.Thread(target=worker, name=f"sender-{n}") for n in range(capacity)]
    for thread in threads:
        thread.start()
    try:
        for message in messages:  # only this thread calls next() on the generator
            if failed.is_set():
                break
            work.put(message)
            message = None
    finally:
        for _ in threads:
            work.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
