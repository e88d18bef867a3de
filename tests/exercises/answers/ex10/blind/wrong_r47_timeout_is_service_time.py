# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the timeout is set to the 40 ms service time itself, shorter than a request can take there, so requests still in service are given up on and retried: a retry storm.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=service_time_s,  # "a message takes 40 ms, so wait 40 ms"
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=workers) as pool:
        for _ in pool.map(send, messages, buffersize=2 * workers):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised DeliveryFailed: message m[\d,.]+ not delivered|after your sender had stopped waiting for their answer"
