# Written from the student copy alone, without seeing the check or the solution.
# Approach: a window of `capacity` futures on a ThreadPoolExecutor, waiting for the oldest first (deque.popleft().result()).
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from pool_lab import DeliveryFailed, HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5.0,
        retries=5,
        backoff_s=0.05,
        idempotency_key=True,
        pool_maxsize=capacity,
    )
    window = deque()
    with ThreadPoolExecutor(max_workers=capacity) as executor:
        try:
            for message_id, payload in messages:
                if len(window) >= capacity:
                    window.popleft().result()
                window.append(executor.submit(sender.send, payload, message_id))
                del payload  # the future's work item holds it until it is sent
            while window:
                window.popleft().result()
        except DeliveryFailed:
            for future in window:
                future.cancel()
            raise
