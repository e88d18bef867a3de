# Written from the student copy alone, without seeing the check or the solution.
# Mistake: catches fn's exception and raises a new RuntimeError "with more context"
# instead of the exception itself.
# Breaks: "If `fn` raises, `windowed_map` raises that exception."
import concurrent.futures
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    try:
        for item in items:
            if len(in_flight) >= window:
                results.append(in_flight.popleft().result())
            in_flight.append(executor.submit(fn, item))
        while in_flight:
            results.append(in_flight.popleft().result())
    except Exception as error:
        concurrent.futures.wait(list(in_flight))
        raise RuntimeError(f"windowed_map: task {len(results)} failed") from error
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"window=6\) raised RuntimeError: windowed_map: task 5 failed\. Hint: raise the task's own exception"
