# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "it never had more requests at the receiver than it serves and queues (4 + 4): the
# receiver refused no request because it was full": "more workers, faster", 4 x capacity = 16 threads
# post at once, twice what the receiver serves and queues, so it refuses some with 503 (the retries then
# deliver them, but the flood is counted). Payloads stay bounded (16 + 8 = 24) and the key is set.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 4 * capacity  # headroom, to be quick
    sender = HttpSender(url, timeout_s=2.0, retries=8, backoff_s=0.02, idempotency_key=True,
                        pool_maxsize=workers, pool_block=True)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=8) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"the receiver refused [1-9][\d,]* requests? because it was full"
