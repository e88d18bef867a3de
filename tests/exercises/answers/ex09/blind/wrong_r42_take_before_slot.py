# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "take the next item only when a future has finished": the for loop takes each item from the generator first and only then waits for a free slot (bound, refill and order are otherwise fine).
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    ac = as_completed()
    index_of = {}
    results = []
    for i, item in enumerate(items):       # item already taken here...
        results.append(None)
        if len(index_of) >= window:         # ...before a slot is free
            done = next(ac)
            results[index_of.pop(done)] = done.result()
            del done
        future = client.submit(fn, item)
        index_of[future] = i
        ac.add(future)
        del future
    for done in ac:
        results[index_of.pop(done)] = done.result()
        del done
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed took [\d,.]+ items from the input before their tasks"
