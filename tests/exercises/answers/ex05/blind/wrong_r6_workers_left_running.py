# Written from the student copy alone, without seeing the check or the solution.
# WRONG: daemon workers loop for ever on q.get() and the caller returns after q.join(), so every call leaves its worker threads alive, blocked, after the work is done.
import queue
import threading


def process_stream(items, process, workers):
    q = queue.Queue(maxsize=workers)
    errors = []
    totals = [0] * workers

    def worker(slot):
        while True:
            item = q.get()
            try:
                if not errors:
                    totals[slot] += process(item)
            except BaseException as exc:
                errors.append(exc)
            finally:
                item = None
                q.task_done()

    for n in range(workers):
        threading.Thread(target=worker, args=(n,), daemon=True).start()
    for item in items:
        if errors:
            break
        q.put(item)
        item = None
    q.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment process_stream returned, \d+ of the threads it started (?:was|were) still alive"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
