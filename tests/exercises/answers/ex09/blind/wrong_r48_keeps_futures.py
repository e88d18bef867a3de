# Written from the student copy alone, without seeing the check or the solution.
# WRONG: payload kept alive: every future is kept in a list to read results in order at the end, so every finished result stays on the worker.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    futures = []  # all of them, in input order
    for item in it:
        futures.append(client.submit(fn, item))
        if len(futures) == window:
            break
    pending = as_completed(list(futures))
    for future in pending:
        future.result()  # raise early if it failed
        item = next(it, None)
        if item is not None:
            new = client.submit(fn, item)
            futures.append(new)
            pending.add(new)
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed held [\d,.]+ futures at once \(at most [\d,.]+ in flight, and at most [\d,.]+ finished ones not yet let go\):"
