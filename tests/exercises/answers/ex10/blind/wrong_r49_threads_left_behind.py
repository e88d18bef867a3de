# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a thread left behind: daemon consumers block for ever in queue.get(); the caller waits with Queue.join() and never sends them a sentinel.
import queue
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    work = queue.Queue(maxsize=capacity)
    failed = threading.Event()
    errors = []

    def consumer():
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
        threading.Thread(target=consumer, daemon=True).start()
    for message in messages:
        if failed.is_set():
            break
        work.put(message)
        message = None
    work.join()
    if errors:
        raise errors[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"threads? that deliver_all started (?:was|were) still alive"
# It leaves threads blocked for ever: the suite runs it in a process of its own.
RUN_ALONE = True
