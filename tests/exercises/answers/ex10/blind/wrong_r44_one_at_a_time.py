# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sends one message at a time (no concurrency): correct and bounded, but 100 x 40 ms plus the retries is over 4 s, past the 3.6 s limit.
from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
    )
    for message_id, payload in messages:
        sender.send(payload, message_id)
        del payload


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender took [\d,.]+ s"
