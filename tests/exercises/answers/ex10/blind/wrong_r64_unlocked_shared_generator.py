# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each worker thread calls next() on the shared `messages` generator itself, with no lock.
# Breaks: "a generator: two threads must not call `next()` on it at once, so take from it in one thread, or under a lock"
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
    errors = []

    def worker():
        try:
            for message_id, payload in messages:  # every worker pulls from the same generator
                if errors:
                    return
                sender.send(payload, message_id)
                del payload
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ValueError: generator already executing: two of your threads called next\(\) on messages at once"
