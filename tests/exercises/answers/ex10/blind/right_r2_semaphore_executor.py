# Written from the student copy alone, without seeing the check or the solution.
# Approach: a ThreadPoolExecutor of `capacity` threads and a Semaphore(capacity) acquired
# BEFORE the next message is taken from the iterator (so its payload is built only when a
# worker is free): at most `capacity` payloads held. Futures are not kept (the callback
# releases the permit and records the first error). Waits for every permit at the end.
import threading
from concurrent.futures import ThreadPoolExecutor

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity, pool_block=True)
    slots = threading.Semaphore(capacity)
    errors = []

    def done(future):
        if future.exception() is not None:
            errors.append(future.exception())
        slots.release()

    iterator = iter(messages)
    with ThreadPoolExecutor(max_workers=capacity) as executor:
        while True:
            slots.acquire()
            if errors:
                slots.release()
                break
            try:
                message_id, payload = next(iterator)
            except StopIteration:
                slots.release()
                break
            executor.submit(sender.send, payload, message_id).add_done_callback(done)
            del payload
        for _ in range(capacity):
            slots.acquire()
    if errors:
        raise errors[0]
