# Written from the student copy alone, without seeing the check or the solution.
# WRONG: workers call next() on the shared generator without a lock: two threads meet in it (ValueError: generator already executing).
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    workers = capacity
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    source = iter(messages)
    stop = threading.Event()
    errors = []

    def worker():
        try:
            while not stop.is_set():
                try:
                    message_id, payload = next(source)  # no lock: a generator is not thread-safe
                except StopIteration:
                    return
                sender.send(payload, message_id)
                payload = None
        except Exception as error:
            errors.append(error)
            stop.set()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"generator already executing"
