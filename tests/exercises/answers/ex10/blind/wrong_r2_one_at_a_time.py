# Written from the student copy alone, without seeing the check or the solution.
# Mistake: "safe and simple": one message at a time, with retries, backoff and a key.
# Correct, bounded, exactly once, but at best 100 x 40 ms = 4 s.
# Breaks: "it took less than 3 s". (Not a hang: about 4-5 s.)
from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05, idempotency_key=True)
    for message_id, payload in messages:
        sender.send(payload, message_id)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your sender took [\d.]+ s; one message at a time takes at least [\d.]+ s and the limit is [\d.]+ s\."
