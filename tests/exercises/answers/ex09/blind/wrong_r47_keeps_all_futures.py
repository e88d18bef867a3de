# Written from the student copy alone, without seeing the check or the solution.
# WRONG: windowed with as_completed, but every future is also kept in a list to read results in order at the end, so every finished result stays on the worker.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    all_futures = []
    ac = as_completed()

    def submit_one():
        for item in it:
            future = client.submit(fn, item)
            all_futures.append(future)
            ac.add(future)
            return

    for _ in range(window):
        submit_one()
    for _finished in ac:
        submit_one()
    return [f.result() for f in all_futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed held [\d,.]+ futures at once \(at most [\d,.]+ in flight, and at most [\d,.]+ finished ones not yet let go\):"
