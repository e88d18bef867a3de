# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: the standard executor, bounded from outside by a window of futures (exercise 6).
import concurrent.futures as cf

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    # The standard executor, bounded from outside by a window of futures (exercise 6).
    sender = HttpSender(url, retries=6, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity + 2)
    in_flight: set = set()
    with cf.ThreadPoolExecutor(max_workers=capacity + 2) as executor:
        for message_id, payload in messages:
            if len(in_flight) >= 2 * capacity:
                done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    future.result()
            in_flight.add(executor.submit(sender.send, payload, message_id))
            del payload
        for future in in_flight:
            future.result()
