# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a WorkerPool of capacity workers (Little's law) and a queue of capacity, mapped lazily over the generator with buffersize 2*capacity; retrying sender with an idempotency key; pool shut down (waiting) on every way out.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    rate = capacity / service_time_s  # messages per second the receiver serves
    workers = max(1, round(rate * service_time_s))  # Little's law: L = rate * time in service = capacity
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),  # far longer than a wait in the queue plus a service
        retries=5,  # a 503 first try and a lost answer may both hit one message
        backoff_s=service_time_s,
        idempotency_key=True,  # a retry of a delivered message is not delivered twice
        pool_maxsize=workers,
        pool_block=True,
    )

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    pool = WorkerPool(max_workers=workers, queue_size=workers)
    results = pool.map(send, messages, buffersize=2 * workers)  # at most 8 payloads taken, far below 32
    try:
        for _ in results:  # raises the first DeliveryFailed, in input order
            pass
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # cancels items still waiting
        pool.shutdown(wait=True, cancel_futures=True)
