# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for a whole group: takes capacity messages, sends them on capacity threads and joins them all before taking the next group.
import threading
from itertools import islice

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    source = iter(messages)
    errors = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as error:
            errors.append(error)

    while not errors:
        group = list(islice(source, capacity))
        if not group:
            break
        threads = [threading.Thread(target=send, args=message) for message in group]
        del group
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender took no message from the iterator"
