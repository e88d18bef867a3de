# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the work is finished: once the generator is exhausted it returns, without waiting for the sends still in flight.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    slots = threading.BoundedSemaphore(capacity)
    errors = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as error:
            errors.append(error)
        finally:
            slots.release()

    for message_id, payload in messages:
        slots.acquire()
        if errors:
            slots.release()
            break
        threading.Thread(target=send, args=(message_id, payload), daemon=True).start()
        payload = None
    # every message has been handed to a thread: done
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all returned when the receiver had [\d,.]+ of the [\d,.]+ messages"
