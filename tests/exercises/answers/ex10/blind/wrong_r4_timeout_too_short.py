# Written from the student copy alone, without seeing the check or the solution.
# WRONG (client timeout shorter than the service time): bounded pool, retries, key, but timeout_s=0.03 < 40 ms, so every request times out and is re-sent while the receiver still works on the first: requests pile up there.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=0.03, retries=5, backoff_s=0.0,
                        idempotency_key=True, pool_maxsize=capacity)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=2 * capacity):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver served [\d,]+ requests after your sender had stopped waiting for their answer"
