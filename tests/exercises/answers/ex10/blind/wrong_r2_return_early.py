# Written from the student copy alone, without seeing the check or the solution.
# Mistake: bounded submission with a semaphore, but ends with executor.shutdown(wait=False)
# ("the threads will finish on their own"): returns while the last messages are still
# being sent (and errors of those are never seen).
# Breaks: "the receiver got every one of the 100 messages by the time `deliver_all` returned"
# and "Return when every message has been delivered".
import threading
from concurrent.futures import ThreadPoolExecutor

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)
    slots = threading.Semaphore(capacity)
    errors = []

    def done(future):
        if future.exception() is not None:
            errors.append(future.exception())
        slots.release()

    executor = ThreadPoolExecutor(max_workers=capacity)
    for message_id, payload in messages:
        slots.acquire()
        if errors:
            break
        executor.submit(sender.send, payload, message_id).add_done_callback(done)
        del payload
    executor.shutdown(wait=False)
    if errors:
        raise errors[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"deliver_all returned when the receiver had \d+ of the 100 messages; the others arrived later\."
