# Written from the student copy alone, without seeing the check or the solution.
# WRONG: materialises the generator with list(messages) to split it between workers: all 100 payloads (12.5 MiB) are made and held at once.
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
    everything = list(messages)  # "so that no two threads call next() on the generator"
    next_index = [0]
    lock = threading.Lock()
    stop = threading.Event()
    errors = []

    def worker():
        while not stop.is_set():
            with lock:
                index = next_index[0]
                if index >= len(everything):
                    return
                next_index[0] = index + 1
            message_id, payload = everything[index]
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                stop.set()
                return

    workers = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
