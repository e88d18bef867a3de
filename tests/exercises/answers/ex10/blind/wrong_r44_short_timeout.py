# Written from the student copy alone, without seeing the check or the solution.
# WRONG: timeout_s = service_time_s: shorter than a request takes there (40 ms of service plus the HTTP round trip), so it gives up on messages still in progress and retries them: a retry storm
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = capacity
    sender = HttpSender(
        url,
        timeout_s=service_time_s,  # a request takes service_time_s
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=capacity) as pool:
        for _ in pool.map(send, messages, buffersize=workers + capacity):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver served [\d,.]+ requests after your sender had stopped waiting for their answer \(its timeout ran out"
