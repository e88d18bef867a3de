# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a bounded pool sized by Little's law and a key, but no retries (the default
# retries=0): the first try of every 7th message gets a 503 and DeliveryFailed is raised,
# and the lost answers are not recovered.
# Breaks: "the receiver got every one of the 100 messages by the time deliver_all returned".
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"raised DeliveryFailed: message m\d+ not delivered after 1 attempt: .*worth another try"
