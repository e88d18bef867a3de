# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: one message at a time: exactly once and within the budget, but too slow.
from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True)
    for message_id, payload in messages:
        sender.send(payload, message_id)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender took [\d,.]+ s; one message at a time takes at least [\d,.]+ s and the"
