# Written from the student copy alone, without seeing the check or the solution.
# Mistake: waits FIRST_COMPLETED (good) but appends each result as its future finishes,
# so results come out in completion order.
# Breaks: "return the list of results in the order of `items`."
import concurrent.futures
from concurrent.futures import FIRST_COMPLETED


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    pending = set()
    for item in items:
        if len(pending) >= window:
            done, pending = concurrent.futures.wait(pending, return_when=FIRST_COMPLETED)
            results.extend(f.result() for f in done)
        pending.add(executor.submit(fn, item))
    for f in concurrent.futures.as_completed(pending):
        results.append(f.result())
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"windowed_map returned \[[^\]]*\] \(40 items\); expected .*\. Yours are the right results, in another order; the first difference is at index \d+"
