# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns as soon as the last item is submitted, without waiting for the futures still in the window: their results are missing (None) and tasks are still running.
import functools
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    room = threading.Semaphore(window)
    results = []
    errors = []

    def on_done(index, future):
        try:
            error = future.exception()
            if error is None:
                results[index] = future.result()
            else:
                errors.append(error)
        finally:
            room.release()

    for index, item in enumerate(items):
        room.acquire()
        if errors:
            raise errors[0]
        results.append(None)
        executor.submit(fn, item).add_done_callback(functools.partial(on_done, index))
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+ not started\)\. Hint: wait for the"
