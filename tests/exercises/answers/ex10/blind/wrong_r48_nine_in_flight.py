# Written from the student copy alone, without seeing the check or the solution.
# WRONG: one more sender than the receiver serves and queues (capacity + queue + 1 = 9 threads), so the receiver turns requests away as full.
import threading

from pool_lab import HttpSender

RECEIVER_QUEUE = 4  # the receiver's queue, from the notebook


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers_count = capacity + RECEIVER_QUEUE + 1  # off by one: "fill every slot and every queue place"
    sender = HttpSender(
        url,
        timeout_s=max(2.0, 50 * service_time_s),
        retries=5,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=workers_count,
        pool_block=True,
    )
    source = iter(messages)
    take_lock = threading.Lock()
    stop = threading.Event()
    errors = []

    def worker():
        while not stop.is_set():
            with take_lock:
                try:
                    message_id, payload = next(source)
                except StopIteration:
                    return
            try:
                sender.send(payload, message_id)
            except BaseException as error:
                errors.append(error)
                stop.set()
                return
            payload = None

    workers = [threading.Thread(target=worker) for _ in range(workers_count)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ (?:requests )?because it was full"
