# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor(capacity) fed by a window of capacity futures refilled on each FIRST_COMPLETED, messages taken only in the caller's thread; stop taking on failure, wait, re-raise.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=4.0, retries=5, backoff_s=0.03, idempotency_key=True, pool_maxsize=capacity)
    source = iter(messages)
    error = None
    pending = set()
    with ThreadPoolExecutor(max_workers=capacity, thread_name_prefix="deliver") as executor:
        exhausted = False
        while True:
            while error is None and not exhausted and len(pending) < capacity:
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.add(executor.submit(sender.send, payload, message_id))
                del payload
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                exception = future.exception()
                if exception is not None and error is None:
                    error = exception
            del done
    if error is not None:
        raise error
