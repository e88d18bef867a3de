# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: capacity threads of my own, each taking the next message under a lock, sending it and dropping it; first error stops all, all joined, then re-raised.
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
    errors_lock = threading.Lock()
    stop = threading.Event()
    errors = []

    def fail(error):
        with errors_lock:
            errors.append(error)
        stop.set()

    def worker():
        while not stop.is_set():
            with take_lock:  # the generator is never entered by two threads at once
                if stop.is_set():
                    return
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    return
                except BaseException as error:
                    fail(error)
                    return
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                fail(error)
                return
            payload = None  # let it go before taking the next one

    workers = [threading.Thread(target=worker, name=f"sender-{n}") for n in range(capacity)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    if errors:
        raise errors[0]
