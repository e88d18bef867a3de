# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sends in groups of capacity and waits for the whole group before taking the next, so one slow retry (503, lost answer, backoff) idles the other places instead of refilling a freed one at once.
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )
    errors = []

    def send(message_id, payload):
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            errors.append(error)

    source = iter(messages)
    while not errors:
        group = []
        for _ in range(workers):
            try:
                group.append(next(source))
            except StopIteration:
                break
        if not group:
            break
        threads = [threading.Thread(target=send, args=message) for message in group]
        group = None
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender took no message from the iterator"
