# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a task's exception is caught and its result becomes None, so windowed_map never raises what fn raised.
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = {}

    def collect(done):
        for future in done:
            index = pending.pop(future)
            try:
                results[index] = future.result()
            except Exception:
                results[index] = None  # "one bad item should not stop the batch"

    for index, item in enumerate(items):
        while len(pending) >= window:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            collect(done)
        results.append(None)
        pending[executor.submit(fn, item)] = index
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        collect(done)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but windowed_map\(executor, fn, items, window=[\d,.]+\)"
