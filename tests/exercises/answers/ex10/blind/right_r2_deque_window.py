# Written from the student copy alone, without seeing the check or the solution.
# Approach: a deque window of `capacity` futures on a ThreadPoolExecutor, oldest first:
# the next message is taken only after room is made, so at most capacity + 0 payloads are
# held by tasks (plus none in hand). Retries, backoff, key. Errors propagate through
# future.result(); on an error the remaining futures are waited for first.
import concurrent.futures
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)
    iterator = iter(messages)
    window = deque()
    with ThreadPoolExecutor(max_workers=capacity) as executor:
        try:
            while True:
                if len(window) >= capacity:
                    window.popleft().result()
                try:
                    message_id, payload = next(iterator)
                except StopIteration:
                    break
                window.append(executor.submit(sender.send, payload, message_id))
                del payload
            while window:
                window.popleft().result()
        finally:
            concurrent.futures.wait(list(window))
