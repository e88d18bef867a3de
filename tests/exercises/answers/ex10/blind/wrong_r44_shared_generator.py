# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each of the capacity worker threads loops over the shared messages generator itself, with no lock: two next() calls meet ("generator already executing").
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
    errors = []

    def worker():
        try:
            for message_id, payload in messages:  # each worker takes its own next message
                sender.send(payload, message_id)
                del payload
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(capacity)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all\(url, messages, capacity=[\d,.]+, service_time_s=[\d,.]+\) raised ValueError: generator already executing:"
