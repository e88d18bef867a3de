# Written from the student copy alone, without seeing the check or the solution.
# Mistake: off by one in the final drain (while len(in_flight) > 1): the last future is
# never waited for; its result is missing and it may still be running at return.
# Breaks: "return the list of results in the order of `items`" (one short) and
# "When it returns, every task has finished."
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    results = []
    in_flight = deque()
    for item in items:
        if len(in_flight) >= window:
            results.append(in_flight.popleft().result())
        in_flight.append(executor.submit(fn, item))
    while len(in_flight) > 1:
        results.append(in_flight.popleft().result())
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"windowed_map returned while \d+ of its 40 tasks had not finished|windowed_map returned .*\(39 items\)"
