# Written from the student copy alone, without seeing the check or the solution.
# Its writer marked it WRONG, after the copy's advice then to leave a payload of room; the course keeps it as
# right: WorkerPool.map now lets go of a finished item before it takes the next, so this pool holds at most
# 4 + 28 = 32 payloads, the budget, and the copy no longer asks for room beyond it.
# WRONG: sizes the pool's window at exactly the 32-payload budget (4 workers + queue 28), leaving no payload of room for the one whose send just returned but is not yet released: 33 held.
from pool_lab import HttpSender, WorkerPool

BUDGET_PAYLOADS = 32  # 4 MiB / 128 KiB


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=workers, queue_size=BUDGET_PAYLOADS - workers) as pool:
        for _ in pool.map(send, messages):  # default in-flight: max_workers + queue_size = 32
            pass
