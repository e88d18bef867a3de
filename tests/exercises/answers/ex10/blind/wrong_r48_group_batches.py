# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sends in groups of capacity and waits for the whole group before taking more, so while the slow request is served no new message goes out.
import threading

from pool_lab import HttpSender


def _make_sender(url, capacity, service_time_s):
    return HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = _make_sender(url, capacity, service_time_s)
    source = iter(messages)
    errors = []

    def send_one(message_id, payload):
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            errors.append(error)

    while True:
        group = []
        for _ in range(capacity):
            try:
                message_id, payload = next(source)
            except StopIteration:
                break
            group.append(threading.Thread(target=send_one, args=(message_id, payload)))
            payload = None
        if not group:
            return
        for thread in group:
            thread.start()
        for thread in group:
            thread.join()  # the whole group waits for its slowest send
        group = None
        if errors:
            raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender took no message from the iterator"
