# Written from the student copy alone, without seeing the check or the solution.
# WRONG (error reaches the caller as the wrong type, with an empty message): on a failed send it raises a bare RuntimeError() instead of letting DeliveryFailed through.
import threading

from pool_lab import DeliveryFailed, HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.02, max_backoff_s=0.2,
                        idempotency_key=True, pool_maxsize=capacity)
    iterator = iter(messages)
    take = threading.Lock()
    failed = threading.Event()

    def worker():
        while not failed.is_set():
            with take:
                try:
                    message_id, payload = next(iterator)
                except StopIteration:
                    return
            try:
                sender.send(payload, message_id)
            except DeliveryFailed:
                failed.set()
                return
            finally:
                del payload

    threads = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failed.is_set():
        raise RuntimeError()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised RuntimeError, with no message\. Hint: raise the task's own exception, not another"
