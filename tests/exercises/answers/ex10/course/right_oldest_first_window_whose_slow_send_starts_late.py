# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: a window of `capacity` futures that waits for its oldest first, as WorkerPool.map does.  Its thread for
# the 60th message starts that send 100 ms late, as a busy machine may: the sends taken behind it reach the
# receiver first and end, and without the receiver answering the 59th only once the 60th is in service, nothing
# would be ahead of the slow one to free a place while it is served.  (The sleep stands in for the scheduler: no
# student writes it.)
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)

    def send(message_id, payload):
        if message_id == "m59":
            time.sleep(0.1)
        return sender.send(payload, message_id)

    window = deque()
    with ThreadPoolExecutor(max_workers=capacity) as executor:
        for message_id, payload in messages:
            if len(window) == capacity:
                window.popleft().result()
            window.append(executor.submit(send, message_id, payload))
            del payload
        for future in window:
            future.result()
