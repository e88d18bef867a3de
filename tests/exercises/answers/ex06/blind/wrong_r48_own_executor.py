# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ignores the executor it is given and builds its own ThreadPoolExecutor of `window` threads, so the tasks do not run on the caller's executor.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = {}
    with ThreadPoolExecutor(max_workers=window) as own:
        for index, item in enumerate(items):
            while len(pending) >= window:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    results[pending.pop(future)] = future.result()
            results.append(None)
            pending[own.submit(fn, item)] = index
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                results[pending.pop(future)] = future.result()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"a task ran in thread 'ThreadPoolExecutor\-[\d,.]+_[\d,.]+', not in the executor you were given\. Hint: submit every task"
