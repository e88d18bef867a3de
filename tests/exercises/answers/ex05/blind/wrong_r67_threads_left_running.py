# Written from the student copy alone, without seeing the check or the solution.
# Mistake: waits with Queue.join() until every item is processed, then returns without stopping the (daemon) workers, which stay blocked in get().
# Breaks: "every thread it started has ended: stop each worker and join it (or leave the pool's `with` block)"
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = 0
    errors = []
    failed = threading.Event()

    def work():
        nonlocal total
        while True:
            item = tasks.get()
            try:
                if not failed.is_set():
                    result = process(item)
                    with lock:
                        total += result
            except Exception as exc:
                with lock:
                    errors.append(exc)
                failed.set()
            finally:
                del item
                tasks.task_done()

    for _ in range(workers):
        threading.Thread(target=work, daemon=True).start()
    for item in items:
        if failed.is_set():
            break
        tasks.put(item)
    item = None
    tasks.join()  # every item taken has been processed
    if errors:
        raise errors[0]
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the moment process_stream returned, [\d,.]+ of the threads it started (was|were) still alive; none may outlive the call\. Hint: stop every worker \(a"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
