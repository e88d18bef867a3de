# Written from the student copy alone, without seeing the check or the solution.
# Right: the standard ThreadPoolExecutor, bounded from outside with exercise 6's window of futures:
# the next message (and so its payload) is taken only when fewer than `window` sends are unfinished.
# 6 threads for a receiver of capacity 4 (Little's law plus the round trip). Bounded retries with
# backoff and jitter, idempotency key; result() re-raises DeliveryFailed.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = capacity + capacity // 2
    window = 2 * workers
    sender = HttpSender(url, retries=5, backoff_s=2 * service_time_s, idempotency_key=True, pool_maxsize=workers)
    in_flight = set()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for message_id, payload in messages:
            in_flight.add(pool.submit(sender.send, payload, message_id))
            del payload
            if len(in_flight) >= window:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()
        for future in wait(in_flight).done:
            future.result()
