# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns before the work is finished: the loop ends when the items run out, and the last window of futures is never waited for.
from distributed import wait

_END = object()


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}
    while True:
        if len(index_of) >= window:
            done, _ = wait(list(index_of), return_when="FIRST_COMPLETED")
            for future in done:
                results[index_of.pop(future)] = future.result()
            del done
        item = next(it, _END)
        if item is _END:
            return results  # the futures still in index_of are forgotten, their results None
        results.append(None)
        index_of[client.submit(fn, item)] = len(results) - 1


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Which places still hold None depends on which futures were still in flight: on a busy machine, not the first.
FAILS_WITH = (r"send_windowed returned .*; expected the [\d,.]+ results in input order, .*: None where .*"
              r"Hint: a None is a place no result was put in: before returning, wait for the futures still in flight")
