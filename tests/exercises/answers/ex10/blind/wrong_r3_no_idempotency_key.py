# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "the receiver got every one of the 100 messages ..., none twice": it retries (so the 503s
# are cured) but sends no idempotency key, so every 5th message, delivered once and then retried after
# its answer was lost, is delivered a second time.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05, pool_maxsize=capacity, pool_block=True)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"the receiver delivered \d+ messages? more than once"
