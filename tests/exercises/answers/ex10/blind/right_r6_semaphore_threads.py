# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a thread per message, but a BoundedSemaphore of capacity slots is taken before each payload is made, so at most capacity sends (and payloads) exist; all threads are joined and the first error is re-raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=capacity)
    slots = threading.BoundedSemaphore(capacity)
    errors = []
    stop = threading.Event()
    threads = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            errors.append(error)
            stop.set()
        finally:
            slots.release()

    it = iter(messages)
    try:
        while not stop.is_set():
            slots.acquire()
            if stop.is_set():
                slots.release()
                break
            try:
                message_id, payload = next(it)
            except StopIteration:
                slots.release()
                break
            except BaseException:
                slots.release()
                raise
            thread = threading.Thread(target=send, args=(message_id, payload))
            thread.start()
            del payload
            threads = [t for t in threads if t.is_alive()]
            threads.append(thread)
    finally:
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
