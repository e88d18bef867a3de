# Written from the student copy alone, without seeing the check or the solution.
# Mistake: waits with FIRST_COMPLETED and appends each result as its future finishes, so the list is in completion order.
# Breaks: "return the list of results in the order of `items`"
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = set()

    def collect_one_or_more():
        nonlocal in_flight
        done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            results.append(future.result())

    for item in items:
        if len(in_flight) >= window:
            collect_one_or_more()
        in_flight.add(executor.submit(fn, item))
    while in_flight:
        collect_one_or_more()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\)\."
