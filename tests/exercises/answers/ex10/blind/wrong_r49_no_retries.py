# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no retries (retries=0, the default): the first-try 503s and lost answers end in DeliveryFailed instead of a delivery.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    workers = capacity
    sender = HttpSender(url, timeout_s=5.0, idempotency_key=True, pool_maxsize=capacity)
    source = iter(messages)
    take_lock = threading.Lock()
    stop = threading.Event()
    errors = []

    def worker():
        while not stop.is_set():
            with take_lock:
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    return
            try:
                sender.send(payload, message_id)
            except Exception as error:
                errors.append(error)
                stop.set()
                return
            finally:
                payload = None

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised DeliveryFailed: message m[\d,.]+ not delivered"
