# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a set of in-flight futures and distributed.wait(FIRST_COMPLETED); each finished one is collected, dropped and replaced by one new submit.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    items = iter(items)
    results = []
    index_of = {}

    def submit_one():
        try:
            item = next(items)
        except StopIteration:
            return False
        results.append(None)
        index_of[client.submit(fn, item)] = len(results) - 1
        return True

    for _ in range(window):
        if not submit_one():
            break
    try:
        while index_of:
            done, _ = wait(list(index_of), return_when="FIRST_COMPLETED")
            finished = list(done)
            del done
            while finished:
                future = finished.pop()
                results[index_of.pop(future)] = future.result()
                del future
                submit_one()
    except BaseException:
        index_of.clear()
        raise
    return results
