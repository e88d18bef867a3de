# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the caller's thread feeds a Queue(maxsize=capacity) to capacity worker threads; a stop event on the first error, a sentinel per worker in finally, all joined, error re-raised.
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
    work = queue.Queue(maxsize=capacity)  # capacity queued + capacity sending + 1 in hand: 9 payloads at most
    stop = threading.Event()
    errors = []
    errors_lock = threading.Lock()

    def worker():
        while True:
            item = work.get()
            if item is _DONE:
                return
            if stop.is_set():  # keep draining so the feeder never blocks, but send nothing more
                item = None
                continue
            message_id, payload = item
            item = None
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                with errors_lock:
                    errors.append(error)
                stop.set()
            payload = None

    workers = [threading.Thread(target=worker, name=f"sender-{n}") for n in range(capacity)]
    for thread in workers:
        thread.start()
    try:
        for item in messages:
            if stop.is_set():
                break
            work.put(item)
            item = None
    finally:
        item = None
        for _ in workers:
            work.put(_DONE)
        for thread in workers:
            thread.join()
    if errors:
        raise errors[0]
