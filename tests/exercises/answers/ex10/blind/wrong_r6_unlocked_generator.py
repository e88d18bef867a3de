# Written from the student copy alone, without seeing the check or the solution.
# WRONG: capacity threads that each loop "for message_id, payload in messages" over the same generator with no lock, so two threads can call next() on it at once.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=capacity)
    errors = []

    def work():
        try:
            for message_id, payload in messages:
                if errors:
                    return
                sender.send(payload, message_id)
                del payload
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(capacity)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ValueError: generator already executing: two of your threads called next\(\) on messages at once"
