# Written from the student copy alone, without seeing the check or the solution.
# Approach: a thread per message, but started only when a BoundedSemaphore of `capacity` slots has one free; all joined at the end.
import threading

from pool_lab import HttpSender


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
    slots = threading.BoundedSemaphore(capacity)
    errors = []
    threads = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as error:
            errors.append(error)
        finally:
            slots.release()

    try:
        for message_id, payload in messages:
            slots.acquire()  # wait for a free slot before taking more
            if errors:
                slots.release()
                break
            thread = threading.Thread(target=send, args=(message_id, payload))
            thread.start()
            threads.append(thread)
            del payload
            threads = [t for t in threads if t.is_alive()]
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
