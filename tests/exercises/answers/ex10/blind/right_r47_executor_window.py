# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a ThreadPoolExecutor of capacity workers with a sliding window of 2*capacity futures refilled as each one completes (wait FIRST_COMPLETED); result() re-raises DeliveryFailed, pending ones cancelled, executor shut down waiting.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = max(1, round(capacity / service_time_s * service_time_s))  # Little's law
    window = 2 * workers  # payloads taken and not yet sent: well under 32
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=5,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=workers,
        pool_block=True,
    )
    source = iter(messages)
    exhausted = False
    pending = set()
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="deliver")
    try:
        while True:
            while not exhausted and len(pending) < window:
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.add(executor.submit(sender.send, payload, message_id))
                payload = None
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                future.result()  # DeliveryFailed reaches the caller
            done = None
    except BaseException:
        for future in pending:
            future.cancel()
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
