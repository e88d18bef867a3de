# Written from the student copy alone, without seeing the check or the solution.
# Mistake: timeout_s = service_time_s ("a request should not take longer than the service"):
# every request that waits at all, plus the round trip, times out; it is retried while the
# receiver still holds the first try, so requests pile up at the receiver (and tries run out).
# Breaks: "it never had more requests at the receiver than it serves and queues (4 + 4)"
# and/or "the receiver got every one of the 100 messages".
# The course: kept as a right answer until read 18 (it met everything the student copy then asked); the copy and the check now
# count a request the receiver served after the sender gave up on it, a retry storm, so it is a wrong answer.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=service_time_s, retries=5, backoff_s=0.01,
                        idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver served [\d,]+ requests after your sender had stopped waiting for their answer"
