# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a background feeder thread submits the items; when a task raises the caller re-raises at once, but the feeder thread is never stopped or joined and goes on taking items and submitting after return.
import queue
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    room = threading.Semaphore(window)
    futures = queue.Queue()
    done_marker = object()

    def feed():
        for item in items:
            room.acquire()
            future = executor.submit(fn, item)
            future.add_done_callback(lambda _f: room.release())
            futures.put(future)
        futures.put(done_marker)

    threading.Thread(target=feed, daemon=True).start()
    results = []
    while True:
        future = futures.get()
        if future is done_marker:
            return results
        results.append(future.result())


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map took [\d,.]+ more items? from the input after it raised|threads? that windowed_map started (?:was|were) still alive [\d,.]+ s after it raised"
