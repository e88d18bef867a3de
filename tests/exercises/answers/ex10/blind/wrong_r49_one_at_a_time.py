# Written from the student copy alone, without seeing the check or the solution.
# WRONG: one message at a time (correct retries, key and timeout, but no concurrency): about 4.6 s at best, over the 4.1 s limit.
from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=1)
    for message_id, payload in messages:
        sender.send(payload, message_id)
        payload = None


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender took [\d,.]+ s"
