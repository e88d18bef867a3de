# Written from the student copy alone, without seeing the check or the solution.
# Mistake: once `messages` is exhausted it calls shutdown(wait=False) and returns, without waiting for the last window of sends.
# Breaks: "the receiver got every one of the 100 messages by the time `deliver_all` returned"
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
    executor = ThreadPoolExecutor(max_workers=capacity)
    in_flight = set()
    try:
        for message_id, payload in messages:
            if len(in_flight) >= capacity:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()
            in_flight.add(executor.submit(sender.send, payload, message_id))
            del payload
    except BaseException:
        for future in in_flight:
            future.cancel()
        executor.shutdown(wait=True)
        raise
    # all messages handed to the pool: let the last ones finish in the background
    executor.shutdown(wait=False)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"deliver_all returned when the receiver had \d+ of the 100 messages"
