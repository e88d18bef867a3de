# Written from the student copy alone, without seeing the check or the solution.
# Approach: a window of `capacity` futures on a ThreadPoolExecutor, refilled whenever any one ends (wait(FIRST_COMPLETED)).
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from pool_lab import HttpSender


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
    in_flight = set()
    with ThreadPoolExecutor(max_workers=capacity) as executor:
        try:
            for message_id, payload in messages:
                if len(in_flight) >= capacity:
                    done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        future.result()  # raises DeliveryFailed if that message could not be delivered
                in_flight.add(executor.submit(sender.send, payload, message_id))
                del payload
            for future in in_flight:
                future.result()
        except BaseException:
            for future in in_flight:
                future.cancel()
            raise
