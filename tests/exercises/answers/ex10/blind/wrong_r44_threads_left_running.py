# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits with Queue.join() until every message is sent, but never stops its worker threads: they stay blocked on get() after deliver_all returns.
import queue
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        idempotency_key=True,
        pool_maxsize=capacity,
        pool_block=True,
    )
    work = queue.Queue(maxsize=capacity)
    errors = []

    def worker():
        while True:
            message_id, payload = work.get()
            try:
                sender.send(payload, message_id)
            except Exception as error:
                errors.append(error)
            finally:
                del payload
                work.task_done()

    for n in range(capacity):
        threading.Thread(target=worker, daemon=True, name=f"sender-{n}").start()
    for message in messages:
        if errors:
            break
        work.put(message)
        del message
    work.join()  # every message handed over has been sent
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ threads? that deliver_all started (?:was|were) still alive [\d,.]+ s after it returned"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
