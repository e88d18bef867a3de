# Written from the student copy alone, without seeing the check or the solution.
# Mistake: daemon worker threads on a bounded queue, waited for with queue.join() but never sent a sentinel, so they stay blocked in get() after the return.
# Breaks: "nothing of it goes on after it: no thread it started is still alive 0.1 s after it returns or raises"
import queue
import threading

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
    work = queue.Queue(maxsize=capacity)
    errors = []
    failed = threading.Event()

    def worker():
        while True:
            message_id, payload = work.get()
            try:
                if not failed.is_set():
                    sender.send(payload, message_id)
            except Exception as error:
                errors.append(error)
                failed.set()
            finally:
                payload = None
                work.task_done()

    for _ in range(capacity):
        threading.Thread(target=worker, daemon=True).start()

    for message in messages:
        if failed.is_set():
            break
        work.put(message)
        message = None
    work.join()  # every message sent; the workers are daemons, so they "don't matter"
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"\d+ threads? that deliver_all started (was|were) still alive 0\.1 s after it returned"

# Its workers never end: checked in a process of its own, which ends them.
RUN_ALONE = True
