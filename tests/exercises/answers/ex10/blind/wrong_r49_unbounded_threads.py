# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no bound: keeps the incident's thread per message (now with retries and a key), so far more than 4 + 4 requests reach the receiver and it refuses them as full.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    errors = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as error:
            errors.append(error)

    threads = []
    for message in messages:
        thread = threading.Thread(target=send, args=message)
        thread.start()
        threads.append(thread)
        message = None
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised DeliveryFailed|because it was full"
