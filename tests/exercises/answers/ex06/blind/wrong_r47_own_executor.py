# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ignores the executor it was given and starts its own ThreadPoolExecutor(max_workers=window), so the tasks do not run in the caller's executor.
from concurrent.futures import ThreadPoolExecutor


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    with ThreadPoolExecutor(max_workers=window) as own:
        pending = []
        for item in items:
            pending.append(own.submit(fn, item))
            del item
            if len(pending) >= window:
                results.append(pending.pop(0).result())
        results.extend(future.result() for future in pending)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"a task ran in thread 'ThreadPoolExecutor\-[\d,.]+_[\d,.]+', not in the executor you were given\. Hint: submit every task"
