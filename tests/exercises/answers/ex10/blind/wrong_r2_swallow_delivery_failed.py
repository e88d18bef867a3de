# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a sender that "keeps going": DeliveryFailed is caught and logged, and
# deliver_all returns normally (the 404 endpoint never makes it raise).
# Breaks: "if one cannot be (`send` raises `DeliveryFailed` once its tries are spent), let
# that exception reach your caller" / "`deliver_all` must raise `DeliveryFailed`".
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        try:
            return sender.send(payload, message_id)
        except DeliveryFailed as error:
            print("could not deliver", message_id, error)
            return 0

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with.
FAILS_WITH = r"DeliveryFailed \(the endpoint /nowhere answers 404.*\) returned None: the exception was lost"
