# Written from the student copy alone, without seeing the check or the solution.
# WRONG: "more workers is faster" and "retry until it works": 24 workers against a receiver that
# serves 4 and queues 4, with retries=None and backoff_s=0. Most requests find the receiver full and
# get a 503; each is retried AT ONCE, without backoff or jitter, up to HttpSender's cap of 100
# attempts: a retry storm that multiplies the requests. The key keeps it exactly-once and the queue
# keeps it inside 32 payloads, so the notebook's three criteria may not catch it (see README-6-10.md).
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, retries=None, backoff_s=0, idempotency_key=True, pool_maxsize=24)
    with WorkerPool(max_workers=24, queue_size=4) as pool:
        for _ in pool.map(lambda message: sender.send(message[1], message[0]), messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Both messages name the storm: the refusals it caused, counted at the end, or, when the check's
# deadline lets it run longer, a message it gave up on among hundreds of 503s.
FAILS_WITH = (r"the receiver refused [\d,.]+ requests because it was full \(besides the first tries"
              r"|not delivered after \d+ attempts: HTTP 503 .* The receiver refused [\d,.]+ requests with 503: "
              r"[1-9][\d,.]* because it was full")
