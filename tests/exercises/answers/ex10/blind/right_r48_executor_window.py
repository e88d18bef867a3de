# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor(capacity) fed through a sliding window of 2*capacity futures with wait(FIRST_COMPLETED); a failed future's error is raised after cancelling the rest and shutting down with wait.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from pool_lab import HttpSender


def _make_sender(url, capacity, service_time_s):
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
    window = 2 * capacity  # capacity sending + capacity waiting for a worker: 8 payloads at most
    executor = ThreadPoolExecutor(max_workers=capacity, thread_name_prefix="sender")
    pending = set()
    try:
        source = iter(messages)
        while True:
            while len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()  # raises DeliveryFailed here
            try:
                message_id, payload = next(source)  # taken only once there is room
            except StopIteration:
                break
            pending.add(executor.submit(sender.send, payload, message_id))
            payload = None
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                future.result()
    finally:
        for future in pending:
            future.cancel()
        pending = None
        executor.shutdown(wait=True, cancel_futures=True)
