# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns as soon as the items run out, without waiting for the futures still in flight; their places hold None.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    in_flight = {}

    def submit_one():
        for item in it:
            in_flight[client.submit(fn, item)] = len(results)
            results.append(None)
            return True
        return False

    for _ in range(window):
        submit_one()
    more = True
    while more:
        done = wait(list(in_flight), return_when="FIRST_COMPLETED").done
        for future in done:
            results[in_flight.pop(future)] = future.result()
            more = submit_one() and more
        done = future = None
    return results  # the last futures still in flight are forgotten


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Which places still hold None depends on which futures were still in flight: on a busy machine, not the first.
FAILS_WITH = (r"send_windowed returned .*; expected the [\d,.]+ results in input order, .*: None where .*"
              r"Hint: a None is a place no result was put in: before returning, wait for the futures still in flight")
