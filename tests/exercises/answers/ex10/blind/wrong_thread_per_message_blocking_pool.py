# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the student keeps a thread per message and relies on the HTTP client's connection pool as
# the bound (pool_maxsize=capacity, pool_block=True): the receiver never sees more than `capacity`
# requests, retries and the key are right, so every message arrives once. But every thread has
# already taken its message, so all the payloads are alive at once, waiting for a connection in a
# queue nobody sees (chapter 7: a bound on the network, not on memory).
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=capacity,
                        pool_block=True)
    errors = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=send, args=message, daemon=True) for message in messages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\); the budget is [\d,.]+ \([\d,.]+ MiB\)\."
