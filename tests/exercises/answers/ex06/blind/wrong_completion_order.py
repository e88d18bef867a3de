# Written from the student copy alone, without seeing the check or the solution.
# WRONG: results are appended in the order the futures FINISH, not in the order of items.
# A student copies notebook 4's wait(FIRST_COMPLETED) window and appends each done future's result;
# with tasks of uneven length the list comes back shuffled.
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
    done, _ = wait(in_flight)
    results.extend(future.result() for future in done)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
