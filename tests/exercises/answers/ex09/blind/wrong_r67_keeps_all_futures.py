# Written from the student copy alone, without seeing the check or the solution.
# Mistake: keeps every future in an input-ordered list and reads the results from it at the end, so no finished future is ever let go while the loop runs.
# Breaks: "Let a future go once you have its result: a worker keeps a task's result as long as a future refers to it."
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    futures = []                           # all of them, in input order

    for item in it:
        futures.append(client.submit(fn, item))
        if len(futures) == window:
            break
    if not futures:
        return []

    ac = as_completed(list(futures))
    for future in ac:
        future.result()                    # raises the task's exception, if any
        del future
        try:
            item = next(it)
        except StopIteration:
            continue
        new = client.submit(fn, item)
        futures.append(new)
        ac.add(new)
        del new
    return [future.result() for future in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed held [\d,.]+ futures? at once \(at most [\d,.]+ in flight, and at most [\d,.]+ finished ones not yet let go\): a worker keeps each task's"
