# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "when several finish at once, put one back for each": after each FIRST_COMPLETED wait it stores every finished result but submits only ONE new item, so two tasks ending together leave the window one short for good.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    pending = {}   # future -> index

    def submit_next():
        try:
            item = next(it)
        except StopIteration:
            return False
        future = client.submit(fn, item)
        pending[future] = len(results)
        results.append(None)
        return True

    for _ in range(window):
        if not submit_next():
            break
    while pending:
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for future in done:
            results[pending.pop(future)] = future.result()
        done = future = None
        submit_next()              # a slot came free: refill it
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"never again had 4 in flight while items remained"
