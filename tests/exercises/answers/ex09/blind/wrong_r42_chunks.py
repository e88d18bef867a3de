# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "refill the window as each future finishes": works in chunks of window items and waits for the whole chunk before submitting the next, so the window drains to empty behind the slowest task of each chunk.
from itertools import islice

from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    while True:
        chunk = list(islice(it, window))
        if not chunk:
            break
        futures = [client.submit(fn, item) for item in chunk]
        wait(futures)                       # ALL_COMPLETED
        results.extend(f.result() for f in futures)
        del futures
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your"
