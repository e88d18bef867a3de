# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: a thread per message, at most `capacity` alive (a BoundedSemaphore); errors kept and raised.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    # A thread per message, but never more than `capacity` alive, and the next message taken only when one ends.
    sender = HttpSender(url, retries=8, backoff_s=0.01, idempotency_key=True, pool_maxsize=capacity)
    slots = threading.BoundedSemaphore(capacity)
    threads, errors = [], []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as exc:
            errors.append(exc)
        finally:
            slots.release()

    for message_id, payload in messages:
        slots.acquire()
        thread = threading.Thread(target=send, args=(message_id, payload))
        thread.start()
        threads.append(thread)
        del payload  # the thread holds it now; this loop must not keep the last one alive
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
