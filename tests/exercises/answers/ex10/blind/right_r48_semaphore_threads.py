# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a short-lived thread per message, gated by a BoundedSemaphore(capacity) acquired BEFORE the next message is taken; every thread joined, first error re-raised.
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
    slots = threading.BoundedSemaphore(capacity)
    stop = threading.Event()
    errors = []
    errors_lock = threading.Lock()
    source = iter(messages)
    threads = []

    def send_one(message_id, payload):
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            with errors_lock:
                errors.append(error)
            stop.set()
        finally:
            slots.release()  # a freed place is refilled at once by the dispatcher

    try:
        while True:
            slots.acquire()  # wait for a place first: no payload waits in hand
            if stop.is_set():
                slots.release()
                break
            try:
                message_id, payload = next(source)
            except StopIteration:
                slots.release()
                break
            except BaseException:
                slots.release()
                raise
            thread = threading.Thread(target=send_one, args=(message_id, payload))
            payload = None
            thread.start()
            threads = [t for t in threads if t.is_alive()]
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
