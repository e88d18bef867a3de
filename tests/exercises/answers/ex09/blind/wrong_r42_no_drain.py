# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "return the results [of every item] in the order of items": the loop stops as soon as the generator runs out and never waits for the last window of futures, so the final results come back as None (and those futures are dropped unfinished).
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    pending = {}

    def submit(item):
        f = client.submit(fn, item)
        pending[f] = len(results)
        results.append(None)

    for _ in range(window):
        try:
            submit(next(it))
        except StopIteration:
            break
    finished = False
    while not finished:
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for f in done:
            results[pending.pop(f)] = f.result()
            try:
                submit(next(it))
            except StopIteration:
                finished = True     # no more items: we are done
        done = f = None
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Which places still hold None depends on which futures were still in flight: on a busy machine, not the first.
FAILS_WITH = (r"send_windowed returned .*; expected the [\d,.]+ results in input order, .*: None where .*"
              r"Hint: a None is a place no result was put in: before returning, wait for the futures still in flight")
