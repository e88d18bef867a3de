# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the future -> position dict is read but never emptied, so every finished future stays referenced and its result stays on the worker.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    items = iter(items)
    position = {}  # future -> index; looked up, never popped
    finished = as_completed()

    def submit_next():
        for item in items:
            future = client.submit(fn, item)
            position[future] = len(position)
            finished.add(future)
            return True
        return False

    for _ in range(window):
        if not submit_next():
            break
    results = {}
    for future in finished:
        results[position[future]] = future.result()
        submit_next()
    return [results[i] for i in range(len(position))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed held [\d,.]+ futures at once \(at most [\d,.]+ in flight, and at most [\d,.]+ finished ones not yet let go\):"
