# Written from the student copy alone, without seeing the check or the solution.
# WRONG: one try per message (HttpSender's default retries=0), and DeliveryFailed is caught and
# logged "so one bad message does not stop the run". The 503 answered to the first try of every 7th
# message is never retried, so those messages are lost, and the function returns normally as if all
# had been delivered: the caller is never told.
import logging

from pool_lab import DeliveryFailed, HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity
    sender = HttpSender(url, idempotency_key=True, pool_maxsize=workers)

    def send(message):
        message_id, payload = message
        try:
            sender.send(payload, message_id)
        except DeliveryFailed as error:
            logging.warning("could not deliver %s: %s", message_id, error)

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver never got [\d,.]+ of the [\d,.]+ messages \(\['m[\d,.]+', 'm[\d,.]+', 'm[\d,.]+', 'm[\d,.]+',"
