# Written from the student copy alone, without seeing the check or the solution.
# WRONG: results are collected in completion order, then sorted. That only looks right when fn's
# results rise with the input (e.g. fn = square of a range); for any other fn the order is wrong.
# A student sees the shuffled list from the FIRST_COMPLETED window and "fixes" it with sorted().
from concurrent.futures import FIRST_COMPLETED, wait


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    in_flight = set()
    results = []
    for item in items:
        in_flight.add(executor.submit(fn, item))
        if len(in_flight) >= window:
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            results.extend(future.result() for future in done)
    results.extend(future.result() for future in wait(in_flight).done)
    return sorted(results)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+ results"
