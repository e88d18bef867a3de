# Written from the student copy alone, without seeing the check or the solution.
# Wrong: swallows a task's exception, returning None for it instead of raising.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    results = {}
    it = enumerate(items)
    index = {}
    ac = as_completed()
    for _ in range(window):
        nxt = next(it, None)
        if nxt is None:
            break
        f = client.submit(fn, nxt[1])
        index[f.key] = nxt[0]
        ac.add(f)
    f = None
    for f in ac:
        i = index.pop(f.key)
        try:
            results[i] = f.result()
        except Exception:
            results[i] = None  # mistake
        f = None
        nxt = next(it, None)
        if nxt is not None:
            g = client.submit(fn, nxt[1])
            index[g.key] = nxt[0]
            ac.add(g)
            g = None
    return [results[i] for i in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the task of item 103 raised PlantedError\('task 103 failed on purpose'\) on the worker, but send_windowed"
