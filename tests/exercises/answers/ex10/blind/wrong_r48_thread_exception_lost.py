# Written from the student copy alone, without seeing the check or the solution.
# WRONG: worker threads let DeliveryFailed escape their target, where threading only prints it; deliver_all never sees it and returns normally.
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
    source = iter(messages)
    take_lock = threading.Lock()

    def worker():
        while True:
            with take_lock:
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    return
            sender.send(payload, message_id)  # raises in this thread: the caller never hears of it
            payload = None

    workers = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers [\d,.]+, which no retry cures\), but"
