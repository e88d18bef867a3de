# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a thread per message started at once, the Semaphore(capacity) acquired inside the thread: requests are bounded but every payload is taken and held before its turn (about 100 at once).
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    slots = threading.Semaphore(capacity)
    errors = []

    def send(message_id, payload):
        with slots:  # at most capacity requests at the receiver
            try:
                sender.send(payload, message_id)
            except Exception as error:
                errors.append(error)

    threads = []
    for message_id, payload in messages:
        thread = threading.Thread(target=send, args=(message_id, payload))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
