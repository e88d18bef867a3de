# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a timeout sized on the ordinary service time (5 x 40 ms = 0.2 s), shorter than the 600 ms slow request, so that request is abandoned and retried while still in service.
# Breaks: "it never gave up on a request the receiver then served: a timeout shorter than a request can take there ... retries messages still in progress: a retry storm"
from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5 * service_time_s,  # "five times the service time is plenty"
        retries=5,
        backoff_s=0.05,
        idempotency_key=True,
        pool_maxsize=capacity,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        try:
            for _ in pool.map(send, messages):
                pass
        except DeliveryFailed:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver served \d+ requests? after your sender had stopped waiting for their answer"
