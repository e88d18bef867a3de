# Written from the student copy alone, without seeing the check or the solution.
# Mistake: catches DeliveryFailed in each send and only logs it, so a message that cannot be delivered is silently skipped.
# Breaks: "when a message cannot be delivered, it says so: ... `deliver_all` must raise `DeliveryFailed`"
import logging

from pool_lab import DeliveryFailed, HttpSender, WorkerPool

log = logging.getLogger(__name__)


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5.0,
        retries=5,
        backoff_s=0.05,
        idempotency_key=True,
        pool_maxsize=capacity,
    )

    def send(message):
        message_id, payload = message
        try:
            return sender.send(payload, message_id)
        except DeliveryFailed as error:
            log.warning("giving up on %s: %s", message_id, error)
            return 0

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"every send raised DeliveryFailed \(the endpoint /nowhere answers 404, which no retry cures\), but deliver_all\(url_of_nowhere.*returned None: the exception was lost"
