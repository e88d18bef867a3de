# Written from the student copy alone, without seeing the check or the solution.
# Mistake: bounded pool, bounded retries with backoff, but no idempotency key: a message
# whose answer was lost (delivered, then the connection dropped) is sent again and
# delivered twice.
# Breaks: "the receiver got every one of the 100 messages ..., **none twice**".
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"the receiver delivered \d+ messages more than once \(.*\); each should arrive once\."
