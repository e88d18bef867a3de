# Written from the student copy alone, without seeing the check or the solution.
# WRONG: threads not ended. Bounded queue with daemon workers; waits with q.join() so every item is processed, but never stops the workers (no sentinel, no Thread.join), so 8 threads stay blocked in q.get() after it returns.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    errors = []
    total = 0

    def worker():
        nonlocal total
        while True:
            item = q.get()
            try:
                if not errors:
                    result = process(item)
                    with lock:
                        total += result
            except Exception as exc:
                with lock:
                    errors.append(exc)
            finally:
                q.task_done()

    for _ in range(workers):
        threading.Thread(target=worker, daemon=True).start()  # daemon, "so they die with the program"

    for item in items:
        if errors:
            break
        q.put(item)
    q.join()  # every item processed... but the workers are still alive
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment process_stream returned, 8 of the threads it started were still alive"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
