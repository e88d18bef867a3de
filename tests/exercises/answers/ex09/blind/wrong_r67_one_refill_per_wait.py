# Written from the student copy alone, without seeing the check or the solution.
# Mistake: after each wait, takes the results of every finished future but submits only one new future, so when two finish together the window stays one short.
# Breaks: "When several finish at once, put one back for each"
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = {}
    pending = {}
    taken = 0

    def submit_next():
        nonlocal taken
        try:
            item = next(it)
        except StopIteration:
            return
        pending[client.submit(fn, item)] = taken
        taken += 1

    for _ in range(window):
        submit_next()

    while pending:
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for future in done:
            results[pending.pop(future)] = future.result()
        del done, future
        submit_next()                      # one per wait, however many finished

    return [results[i] for i in range(taken)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"when two of your futures finished at once \(in the third run, the first two had both finished when your loop first waited\), your"
