# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: WorkerPool.submit whose small bounded queue (capacity) gives backpressure; each task stores its error instead of losing it in an unread Future, the taker stops at the first error, and the error is raised after the pool has shut down.
import threading

from pool_lab import HttpSender, WorkerPool


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 25 * service_time_s),
        retries=4,
        backoff_s=0.05,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    errors = []
    lock = threading.Lock()

    def task(message_id, payload):
        try:
            sender.send(payload, message_id)
        except BaseException as error:
            with lock:
                errors.append(error)

    with WorkerPool(max_workers=capacity, queue_size=capacity) as pool:
        for message_id, payload in messages:
            pool.submit(task, message_id, payload)  # blocks while the queue is full
            del payload
            if errors:
                break
    # leaving the with block waited for every task: nothing still runs
    if errors:
        raise errors[0]
