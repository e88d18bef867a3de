# Written from the student copy alone, without seeing the check or the solution.
# Mistake: sends in groups of `capacity`, taking messages one by one but waiting for the whole group to end before starting the next.
# Breaks: "it went on while the slow request was served: once another send had ended, it took at least one more message from `messages` and sent the receiver at least one new message meanwhile"
from concurrent.futures import ThreadPoolExecutor

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
    group = []
    with ThreadPoolExecutor(max_workers=capacity) as executor:
        try:
            for message_id, payload in messages:
                group.append(executor.submit(sender.send, payload, message_id))
                del payload
                if len(group) == capacity:
                    for future in group:  # the whole group must end before the next starts
                        future.result()
                    group = []
            for future in group:
                future.result()
        except BaseException:
            for future in group:
                future.cancel()
            raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while a slow request \(the 60th message\) took 600 ms at the receiver, your sender (took no message|sent no new message)"
