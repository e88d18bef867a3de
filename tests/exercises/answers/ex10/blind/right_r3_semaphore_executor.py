# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a ThreadPoolExecutor of `capacity` threads (Little's law: L = lambda * W with lambda =
# capacity / service_time_s and W = service_time_s) fed under a BoundedSemaphore of 2 * capacity permits:
# a message is taken from the iterator only after a permit, and a send's done-callback gives it back, so
# at most 8 payloads are submitted and unsent. No Future is kept. Retries with backoff and the
# idempotency key make every delivery exactly-once; on the first DeliveryFailed no more messages are
# taken, the executor waits for the sends in flight, and the error is raised to the caller.
import math
import threading
from concurrent.futures import ThreadPoolExecutor

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, math.ceil(round(capacity / service_time_s * service_time_s, 9)))
    sender = HttpSender(url, timeout_s=1.5, retries=8, backoff_s=0.03, max_backoff_s=0.3, idempotency_key=True,
                        pool_maxsize=workers, pool_block=True)
    permits = threading.BoundedSemaphore(2 * workers)
    lock = threading.Lock()
    errors = []
    iterator = iter(messages)

    def finished(future):
        error = future.exception()
        if error is not None:
            with lock:
                errors.append(error)
        permits.release()

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="deliver") as executor:
        while True:
            permits.acquire()
            with lock:
                if errors:
                    break
            message = next(iterator, None)
            if message is None:
                break
            message_id, payload = message
            del message
            executor.submit(sender.send, payload, message_id).add_done_callback(finished)
            del payload
    if errors:
        raise errors[0]
