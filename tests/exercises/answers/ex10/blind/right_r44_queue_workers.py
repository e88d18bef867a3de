# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: capacity worker threads fed through a bounded queue.Queue by the calling thread (the only one calling next()), own retry loop with exponential backoff, full jitter and an idempotency key; first error re-raised after every thread is joined.
import queue
import random
import threading
import time

from pool_lab import HttpSender

_STOP = object()


def _send_with_retries(sender, payload, message_id, attempts, base_s, cap_s):
    for attempt in range(attempts):
        try:
            return sender.send(payload, message_id)
        except Exception:
            if attempt == attempts - 1:
                raise  # DeliveryFailed, tries spent: it goes to the caller
            time.sleep(random.uniform(0.0, min(cap_s, base_s * 2 ** attempt)))


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=0,  # the loop below retries
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    work = queue.Queue(maxsize=capacity)
    failed = threading.Event()
    errors = []

    def worker():
        while True:
            item = work.get()
            if item is _STOP:
                return
            message_id, payload = item
            del item
            if not failed.is_set():
                try:
                    _send_with_retries(sender, payload, message_id, 4, service_time_s, 0.5)
                except BaseException as error:
                    errors.append(error)
                    failed.set()
            del payload

    threads = [threading.Thread(target=worker, name=f"sender-{n}") for n in range(capacity)]
    for thread in threads:
        thread.start()
    try:
        for message in messages:
            if failed.is_set():
                break
            work.put(message)
            del message
    finally:
        for _ in threads:
            work.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
