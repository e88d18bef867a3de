# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "when a message cannot be delivered, it says so: ... deliver_all must raise
# DeliveryFailed" (and "let that exception reach your caller"): each send catches DeliveryFailed and only
# prints it, so against the endpoint that answers 404 to everything deliver_all returns as if all went well.
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05, idempotency_key=True,
                        pool_maxsize=capacity, pool_block=True)

    def send(message):
        message_id, payload = message
        try:
            return sender.send(payload, message_id)
        except DeliveryFailed as error:
            print(f"giving up on {message_id}: {error}")  # logged, then on to the next message
            return 0

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"every send raised DeliveryFailed .* returned None: the exception was lost"
