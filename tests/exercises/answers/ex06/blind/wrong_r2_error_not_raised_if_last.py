# Written from the student copy alone, without seeing the check or the solution.
# Mistake: waits for every future with concurrent.futures.wait at the end and only then
# raises an error if the FIRST future failed ("the first one tells us if fn is broken");
# other errors are silently replaced by None.
# Breaks: "If `fn` raises, `windowed_map` raises that exception."
import concurrent.futures
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    futures = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            concurrent.futures.wait([in_flight.popleft()])
        f = executor.submit(fn, item)
        in_flight.append(f)
        futures.append(f)
    concurrent.futures.wait(futures)
    if futures and futures[0].exception() is not None:
        raise futures[0].exception()
    return [None if f.exception() else f.result() for f in futures]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"PlantedError\('task 5 failed on purpose'\), but windowed_map\(.*\) returned .*: the exception was lost"
