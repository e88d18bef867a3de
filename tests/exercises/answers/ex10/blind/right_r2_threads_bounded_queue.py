# Written from the student copy alone, without seeing the check or the solution.
# Approach: `capacity` plain threads consuming a queue.Queue(maxsize=capacity) that the
# caller's thread fills from the iterator (so payloads held <= 2*capacity + 1). Sender with
# retries, backoff and an idempotency key. The first DeliveryFailed stops the feeding; every
# thread is joined, then it is raised.
import queue
import threading

from pool_lab import HttpSender

_STOP = object()


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=6, backoff_s=0.04,
                        idempotency_key=True, pool_maxsize=capacity)
    work = queue.Queue(maxsize=capacity)
    errors = []
    failed = threading.Event()

    def worker():
        while True:
            message = work.get()
            if message is _STOP:
                return
            if failed.is_set():
                del message
                continue
            try:
                sender.send(message[1], message[0])
            except BaseException as error:
                errors.append(error)
                failed.set()
            finally:
                del message

    threads = [threading.Thread(target=worker) for _ in range(capacity)]
    for t in threads:
        t.start()
    try:
        for message in messages:
            if failed.is_set():
                break
            work.put(message)
            del message
    finally:
        for _ in threads:
            work.put(_STOP)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
