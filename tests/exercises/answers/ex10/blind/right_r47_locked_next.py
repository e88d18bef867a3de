# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: capacity threads each take the next message from the shared generator under a Lock and send it themselves; a failure sets an Event so no more are taken; all joined, the first error re-raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))  # Little's law
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
    take = threading.Lock()  # one next() at a time on the generator
    failed = threading.Event()
    errors = []

    def worker():
        while not failed.is_set():
            with take:
                if failed.is_set():
                    return
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    return
                except BaseException as error:
                    errors.append(error)
                    failed.set()
                    return
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                failed.set()
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
