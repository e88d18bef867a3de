# Written from the student copy alone, without seeing the check or the solution.
# WRONG (retry storm: timeout too short): the student fills the receiver (capacity + queue = 8 workers, never refused) but sets the timeout to 1.5 x service time (60 ms), forgetting that a queued request waits ~40 ms before its 40 ms of service; queued requests time out while being served and are retried.
from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    n_workers = 2 * capacity  # serve 4 + queue 4: never refused
    sender = HttpSender(url, timeout_s=1.5 * service_time_s, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=n_workers, pool_block=True)

    def send(message):
        message_id, payload = message
        return sender.send(payload, message_id)

    with WorkerPool(max_workers=n_workers, queue_size=capacity) as pool:
        for _ in pool.map(send, messages):
            pass


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the receiver served [\d,]+ requests after your sender had stopped waiting for their answer"
