# Written from the student copy alone, without seeing the check or the solution.
# Approach: distributed.wait(..., return_when="FIRST_COMPLETED") on a dict of pending futures; for every future that is done, keep its result and submit one new future in its place.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    it = iter(items)
    results = {}      # input index -> result
    pending = {}      # future in flight -> input index
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
            i = pending.pop(future)
            results[i] = future.result()   # raises the task's exception, if it raised
            submit_next()                  # one back in for each one finished
        del done, future                   # let the finished futures go

    return [results[i] for i in range(taken)]
