# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: concurrent.futures.ThreadPoolExecutor of capacity workers with a sliding window of 2*capacity futures (wait FIRST_COMPLETED), result() of each so an error propagates; pending work cancelled on failure.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=4,
        backoff_s=service_time_s,
        max_backoff_s=0.4,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    window = 2 * capacity
    pending = set()
    with ThreadPoolExecutor(max_workers=capacity, thread_name_prefix="sender") as executor:
        try:
            for message_id, payload in messages:
                pending.add(executor.submit(sender.send, payload, message_id))
                del payload
                if len(pending) >= window:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        future.result()  # raises DeliveryFailed here
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()
        except BaseException:
            for future in pending:
                future.cancel()
            raise
