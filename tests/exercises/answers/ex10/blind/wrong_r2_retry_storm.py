# Written from the student copy alone, without seeing the check or the solution.
# Mistake: unbounded retries with no backoff (retries=None, backoff_s=0) and twice the
# receiver's capacity+queue in workers: every refused request comes straight back.
# Breaks: "the receiver refused no request because it was full (a flood, or a retry storm, does)".
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=None, backoff_s=0, idempotency_key=True, pool_maxsize=2 * (capacity + 4))

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=2 * (capacity + 4), queue_size=4) as pool:
        for _ in pool.map(send, messages):
            pass

# Added by the course: the message its check must fail with. The flood shows either way: the
# refusals for fullness, counted at the end, or, when a message runs out of attempts among them,
# the DeliveryFailed that names how many of the 503s were for fullness.
FAILS_WITH = (r"the receiver refused \d+ requests because it was full .*more requests at the receiver than it serves"
              r"|not delivered after \d+ attempts: HTTP 503 .* The receiver refused [\d,.]+ requests with 503: "
              r"[1-9][\d,.]* because it was full")
