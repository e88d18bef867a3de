# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: `capacity` threads (Little's law: the receiver's rate capacity / service_time_s times the
# service_time_s each message spends there) share the iterator under a lock and take a message only when
# free, so at most one payload per thread is alive. Retries with backoff and an idempotency key deliver
# each message exactly once despite the 503s and lost answers. The first DeliveryFailed stops the others
# from taking more messages; all threads are joined and then it is raised to the caller.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, capacity)
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05, idempotency_key=True,
                        pool_maxsize=workers, pool_block=True)
    iterator = iter(messages)
    take = threading.Lock()
    errors_lock = threading.Lock()
    errors = []
    stop = threading.Event()

    def work():
        try:
            while not stop.is_set():
                with take:
                    if stop.is_set():
                        return
                    message = next(iterator, None)
                if message is None:
                    return
                message_id, payload = message
                del message
                sender.send(payload, message_id)
                del payload
        except BaseException as error:  # noqa: BLE001 - DeliveryFailed, or the iterator's own error
            with errors_lock:
                errors.append(error)
            stop.set()

    threads = [threading.Thread(target=work, name=f"sender-{n}", daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
