# Written from the student copy alone, without seeing the check or the solution.
# WRONG: uses all the room (capacity + queue = 2 * capacity workers, allowed) but sets the timeout from the service time alone (1.5 x 40 ms): a queued request waits 40 ms before its 40 ms of service, times out while still in progress and is retried.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = 2 * capacity  # capacity in service + capacity queued: never refused
    sender = HttpSender(
        url,
        timeout_s=1.5 * service_time_s,  # 50% headroom over the service time
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
