# Written from the student copy alone, without seeing the check or the solution.
# Approach: wait(..., return_when=FIRST_COMPLETED) on the set of futures in flight; each
# future is mapped to its index, so its result lands in its slot of the output list.
# Refills as soon as any future finishes. Waits for the rest before raising an error.
import concurrent.futures
from concurrent.futures import FIRST_COMPLETED


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    index_of = {}
    error = None
    iterator = iter(items)
    exhausted = False
    try:
        while True:
            while not exhausted and error is None and len(index_of) < window:
                try:
                    item = next(iterator)
                except StopIteration:
                    exhausted = True
                    break
                results.append(None)
                index_of[executor.submit(fn, item)] = len(results) - 1
                del item
            if not index_of:
                break
            done, _ = concurrent.futures.wait(list(index_of), return_when=FIRST_COMPLETED)
            for future in done:
                i = index_of.pop(future)
                exc = future.exception()
                if exc is not None:
                    if error is None:
                        error = exc
                else:
                    results[i] = future.result()
    finally:
        concurrent.futures.wait(list(index_of))
    if error is not None:
        raise error
    return results
