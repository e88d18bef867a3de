# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: capacity worker threads that each pull the next message from the shared iterator under a lock; no extra buffering; first error stops the rest and is re-raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=4, backoff_s=0.03, max_backoff_s=0.3,
                        idempotency_key=True, pool_maxsize=capacity)
    iterator = iter(messages)
    take = threading.Lock()
    errors = []

    def worker():
        while not errors:
            with take:
                try:
                    message_id, payload = next(iterator)
                except StopIteration:
                    return
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                return
            finally:
                del payload

    threads = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
