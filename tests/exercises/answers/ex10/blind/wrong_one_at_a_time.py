# Written from the student copy alone, without seeing the check or the solution.
# WRONG: exactly once and within the budget (one payload at a time, retries with backoff, a key),
# but sequential: it never uses the receiver's capacity of 4, so it takes as long as sending one
# message at a time (plus the retries), over the three quarters the notebook allows. The student
# plays safe after reading about floods and storms.
from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, retries=5, backoff_s=0.05, idempotency_key=True)
    for message_id, payload in messages:
        sender.send(payload, message_id)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender took [\d,.]+ s; one message at a time takes at least [\d,.]+ s and the"
