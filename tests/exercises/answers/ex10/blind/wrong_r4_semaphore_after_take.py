# Written from the student copy alone, without seeing the check or the solution.
# WRONG (bound on sends but not on payloads): a thread per message and a semaphore of capacity inside the thread, so every payload is pulled and a thread started at once; 100 payloads wait for the semaphore.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.02, max_backoff_s=0.2,
                        idempotency_key=True, pool_maxsize=capacity)
    slots = threading.BoundedSemaphore(capacity)
    errors = []

    def send(message_id, payload):
        with slots:
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)

    threads = [threading.Thread(target=send, args=message) for message in messages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,]+ payloads at once"
