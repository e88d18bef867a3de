# Written from the student copy alone, without seeing the check or the solution.
# Mistake: results are filled in by done callbacks, and at the end it waits only for the
# LAST future submitted, assuming tasks finish in the order they were submitted. Earlier,
# slower tasks may still be running when it returns (their slots still None).
# Breaks: "When it returns, every task has finished." (and the results are then incomplete)
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    slots = threading.Semaphore(window)
    results = []
    last = None
    for item in items:
        slots.acquire()
        results.append(None)
        i = len(results) - 1
        last = executor.submit(fn, item)

        def done(future, i=i):
            slots.release()
            if future.exception() is None:
                results[i] = future.result()

        last.add_done_callback(done)
    if last is not None:
        last.result()
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"of its 40 tasks had not finished|expected the 40 results in input|5 failed on purpose'\), but .*was lost"
