# Written from the student copy alone, without seeing the check or the solution.
# WRONG: fixes retries and the key but keeps a thread per message, all started at once: 100 requests flood a receiver with room for 8 (refused as full) and all 100 payloads are held at once.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
    )
    errors = []

    def send(message_id, payload):
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
FAILS_WITH = r"[\d,.]+ (?:requests )?because it was full"
