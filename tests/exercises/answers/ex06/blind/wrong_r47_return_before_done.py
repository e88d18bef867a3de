# Written from the student copy alone, without seeing the check or the solution.
# WRONG: done-callbacks write results into a list, and the function returns right after the last submit without waiting for the last window: tasks still run, their slots are None.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    room = threading.BoundedSemaphore(window)
    results = []
    errors = []

    def store(future, index):
        try:
            results[index] = future.result()
        except BaseException as error:
            errors.append(error)
        finally:
            room.release()

    for item in items:
        room.acquire()
        if errors:
            raise errors[0]
        results.append(None)
        future = executor.submit(fn, item)
        del item
        future.add_done_callback(lambda done, index=len(results) - 1: store(done, index))
    if errors:
        raise errors[0]
    return results  # the last window may still be running


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+ not started\)\. Hint: wait for the"
