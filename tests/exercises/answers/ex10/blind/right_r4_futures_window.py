# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor with a sliding window of at most 2*capacity futures (wait FIRST_COMPLETED); results checked so DeliveryFailed reaches the caller.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.02, max_backoff_s=0.2,
                        idempotency_key=True, pool_maxsize=capacity)
    window = 2 * capacity  # 4 running, 4 queued: at most 8 payloads held
    with ThreadPoolExecutor(max_workers=capacity) as executor:
        pending = set()
        try:
            for message_id, payload in messages:
                pending.add(executor.submit(sender.send, payload, message_id))
                del payload
                if len(pending) >= window:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        future.result()  # raises DeliveryFailed
            for future in pending:
                future.result()
        except BaseException:
            for future in pending:
                future.cancel()
            raise
