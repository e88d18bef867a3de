# Written from the student copy alone, without seeing the check or the solution.
# Kept as a right answer until the check counted refills: the copy now asks that a place freed be
# refilled at once, and the check makes one task slow and counts what starts meanwhile, so it fails.
# Approach (deliberately simple): take up to `window` items, submit them, wait for all of
# them, keep their results in order, then take the next group. Never more than `window`
# futures in flight, never more than `window` items taken and not finished, input order.
# Slower than a refilled window (places sit idle behind the slowest of a group), but the
# ex06 student copy asks only for the bound, the order, the errors and the end state.
import concurrent.futures
import itertools


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    iterator = iter(items)
    while True:
        group = list(itertools.islice(iterator, window))
        if not group:
            return results
        futures = [executor.submit(fn, item) for item in group]
        del group
        concurrent.futures.wait(futures)
        results.extend(future.result() for future in futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while task [\d,.]+ ran \([\d,.]+ ms longer than the others\), your windowed_map took no item from the input"
