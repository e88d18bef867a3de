# Written from the student copy alone, without seeing the check or the solution.
# Mistake: wraps the failure in a RuntimeError with a friendlier message.
# Breaks: "let that exception reach your caller" / "`deliver_all` must raise `DeliveryFailed`".
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    try:
        with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
            for _ in pool.map(send, messages):
                pass
    except DeliveryFailed as error:
        raise RuntimeError(f"delivery aborted: {error}") from error

# Added by the course: the message its check must fail with.
FAILS_WITH = r"raised RuntimeError: delivery aborted: message m\d+ not delivered after 1 attempt: HTTP 404"
