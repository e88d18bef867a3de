# Written from the student copy alone, without seeing the check or the solution.
# Right: a thread per message, but only after a threading.BoundedSemaphore(workers) gives a permit,
# and the message is taken from the iterator only then: at most `workers` payloads exist. At the end
# the caller takes back every permit, which means every thread is done. Bounded retries with backoff
# and a key; the first error is re-raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity
    sender = HttpSender(url, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=workers)
    permits = threading.BoundedSemaphore(workers)
    errors = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as error:
            errors.append(error)
        finally:
            permits.release()

    messages = iter(messages)
    while not errors:
        permits.acquire()
        message = next(messages, None)
        if message is None:
            permits.release()
            break
        threading.Thread(target=send, args=message, daemon=True).start()
        del message
    for _ in range(workers):  # wait until every send has given its permit back
        permits.acquire()
    if errors:
        raise errors[0]
