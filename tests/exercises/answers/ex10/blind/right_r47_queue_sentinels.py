# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: capacity worker threads fed through a queue.Queue(maxsize=capacity) by the calling thread (the only one that calls next()), a sentinel per worker on every way out, all joined before returning or raising the first DeliveryFailed.
import queue
import threading

from pool_lab import HttpSender

_STOP = object()


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))  # Little's law
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
    failed = threading.Event()
    errors = []

    def worker():
        while True:
            item = tasks.get()
            if item is _STOP:
                return
            message_id, payload = item
            item = None
            try:
                if not failed.is_set():  # after a failure, drain without sending
                    sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                failed.set()
            finally:
                payload = None  # no payload kept while waiting for the next

    threads = [threading.Thread(target=worker, name=f"deliver-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    try:
        source = iter(messages)
        while not failed.is_set():
            try:
                item = next(source)
            except StopIteration:
                break
            tasks.put(item)  # blocks while the queue is full: backpressure
            item = None
    finally:
        for _ in threads:
            tasks.put(_STOP)  # the workers keep draining, so these always fit
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
