# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "let a future go once you have its result": the window is bounded and refilled correctly, but every future is kept in a list and the results are read from it only at the end, so all finished results stay on the worker.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    all_futures = []          # kept so the results come back in input order
    ac = as_completed()

    def submit_next():
        for item in it:
            f = client.submit(fn, item)
            all_futures.append(f)
            ac.add(f)
            return

    for _ in range(window):
        submit_next()
    for _finished in ac:
        submit_next()          # a slot came free: refill it
    return [f.result() for f in all_futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed held [\d,.]+ futures at once \(at most [\d,.]+ in flight, and"
