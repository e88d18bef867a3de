# Written from the student copy alone, without seeing the check or the solution.
# WRONG: done-callbacks fill the result list, and the function returns as soon as the last item is submitted, without waiting for the futures still in the window.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.Semaphore(window)
    results = []
    errors = []

    def make_callback(index):
        def on_done(future):
            try:
                if future.exception() is not None:
                    errors.append(future.exception())
                else:
                    results[index] = future.result()
            finally:
                places.release()
        return on_done

    for index, item in enumerate(items):
        places.acquire()
        if errors:
            raise errors[0]
        results.append(None)
        executor.submit(fn, item).add_done_callback(make_callback(index))
    if errors:
        raise errors[0]
    return results  # the last window's callbacks fill it in later


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned while [\d,.]+ of its [\d,.]+ tasks had not finished \([\d,.]+ running, [\d,.]+ not started\)\. Hint: wait for the"
