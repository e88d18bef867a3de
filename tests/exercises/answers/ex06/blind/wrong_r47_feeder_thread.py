# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a feeder thread takes items and submits them; when a task raises the caller raises but the feeder goes on taking items and stays alive.
import queue
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    room = threading.BoundedSemaphore(window)
    submitted = queue.Queue()
    done_marker = object()

    def feed():
        for item in items:
            room.acquire()
            future = executor.submit(fn, item)
            future.add_done_callback(lambda _: room.release())
            submitted.put(future)
        submitted.put(done_marker)

    threading.Thread(target=feed, daemon=True).start()
    results = []
    while True:
        future = submitted.get()
        if future is done_marker:
            return results
        results.append(future.result())  # raises here, but nobody stops feed()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map took [\d,.]+ more items? from the input after it raised|threads? that windowed_map started (?:was|were) still alive [\d,.]+ s after it raised"
