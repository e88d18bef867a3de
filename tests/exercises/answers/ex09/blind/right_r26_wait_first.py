# Written from the student copy alone, without seeing the check or the solution.
# Right: distributed.wait(FIRST_COMPLETED), refilling one new future for each finished one.
from distributed import wait


def send_windowed(client, fn, items, window):
    results = []
    pending = {}  # future -> index
    it = iter(items)
    count = 0

    def refill():
        nonlocal count
        while len(pending) < window:
            try:
                item = next(it)
            except StopIteration:
                return
            pending[client.submit(fn, item)] = count
            results.append(None)
            count += 1

    refill()
    while pending:
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for f in done:
            results[pending.pop(f)] = f.result()
        done = f = None
        refill()
    return results
