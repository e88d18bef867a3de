# Written from the student copy alone, without seeing the check or the solution.
# WRONG: capacity threads each call next() on the shared generator with no lock: two meet inside it, "ValueError: generator already executing" kills a worker thread (uncaught), so fewer workers (or none) are left: slow, or messages left undelivered while deliver_all returns normally.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )
    source = iter(messages)
    errors = []

    def worker():
        while not errors:
            try:
                message_id, payload = next(source)
            except StopIteration:
                return
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                return
            finally:
                payload = None

    threads = [threading.Thread(target=worker, name=f"deliver-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"generator already executing"
