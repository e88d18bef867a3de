# Written from the student copy alone, without seeing the check or the solution.
# RIGHT (boundary probe): exactly capacity + queue = 8 worker threads, the most the copy allows at the receiver at once; retries with backoff, key, first error re-raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity  # serves 4 + queues 4 (the receiver's queue equals its capacity here)
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.02, max_backoff_s=0.2,
                        idempotency_key=True, pool_maxsize=workers)
    iterator = iter(messages)
    take = threading.Lock()
    errors = []

    def worker():
        while not errors:
            with take:
                try:
                    message_id, payload = next(iterator)
                except StopIteration:
                    return
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                return
            finally:
                del payload

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
