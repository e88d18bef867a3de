# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a collector thread drains a queue of finished futures and stops only on a sentinel sent at the normal end; when a task raises, the caller raises and the collector is left blocked for ever.
import queue
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.Semaphore(window)
    finished = queue.Queue()
    results = []
    errors = []
    _STOP = object()

    def collector():
        while True:
            entry = finished.get()
            if entry is _STOP:
                return
            index, future = entry
            exc = future.exception()
            if exc is not None:
                errors.append(exc)
            else:
                results[index] = future.result()
            places.release()

    thread = threading.Thread(target=collector, daemon=True)
    thread.start()
    for index, item in enumerate(items):
        places.acquire()
        if errors:
            raise errors[0]  # the collector never gets its sentinel
        results.append(None)
        future = executor.submit(fn, item)
        future.add_done_callback(lambda f, i=index: finished.put((i, f)))
    for _ in range(window):
        places.acquire()
    finished.put(_STOP)
    thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,.]+ thread that windowed_map started was still alive [\d,.]+ s after it raised"
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
