# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits every message to a ThreadPoolExecutor(capacity) at once; its queue has no bound, so nearly all 100 payloads wait in it together.
from concurrent.futures import ThreadPoolExecutor

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
    with ThreadPoolExecutor(max_workers=capacity) as executor:  # capacity workers: the receiver is safe...
        futures = [executor.submit(sender.send, payload, message_id) for message_id, payload in messages]
        try:
            for future in futures:
                future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\)"
