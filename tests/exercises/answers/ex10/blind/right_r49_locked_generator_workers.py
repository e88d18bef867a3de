# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: capacity worker threads (Little's law) each take the next message under a lock and send it with retries, backoff and an idempotency key; stop flag on failure, all joined, DeliveryFailed re-raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    # Little's law: capacity / service_time_s messages a second, each for service_time_s -> capacity in flight.
    workers = max(1, capacity)
    sender = HttpSender(
        url,
        timeout_s=5.0,  # far longer than a queue wait plus the 600 ms slow request
        retries=5,
        backoff_s=0.02,
        idempotency_key=True,  # a retry after a lost answer is not delivered twice
        pool_maxsize=workers,
    )
    source = iter(messages)
    take_lock = threading.Lock()
    stop = threading.Event()
    errors = []

    def worker():
        while not stop.is_set():
            with take_lock:
                if stop.is_set():
                    return
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    return
                except BaseException as error:
                    errors.append(error)
                    stop.set()
                    return
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                stop.set()
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
