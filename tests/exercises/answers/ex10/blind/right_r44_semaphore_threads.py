# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a BoundedSemaphore of capacity acquired before each message is taken, one short-lived thread per message, errors kept and re-raised after joining every thread.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=5,
        backoff_s=0.02,
        max_backoff_s=0.2,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    slots = threading.BoundedSemaphore(capacity)
    errors = []
    errors_lock = threading.Lock()
    threads = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            with errors_lock:
                errors.append(error)
        finally:
            del payload
            slots.release()

    iterator = iter(messages)
    try:
        while True:
            slots.acquire()  # wait for a free slot BEFORE making the next payload
            if errors:
                slots.release()
                break
            try:
                message_id, payload = next(iterator)
            except StopIteration:
                slots.release()
                break
            thread = threading.Thread(target=send, args=(message_id, payload))
            del payload
            thread.start()
            threads.append(thread)
            if len(threads) > 4 * capacity:
                threads = [t for t in threads if t.is_alive()]  # forget the finished ones
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
