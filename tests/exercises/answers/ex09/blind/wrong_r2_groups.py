# Written from the student copy alone, without seeing the check or the solution.
# Mistake: submits `window` items, waits for all of them (distributed.wait), takes their
# results in order, then the next group: the window idles behind each group's slowest.
# Breaks: "Refill the window as each future finishes, whichever it is."
import itertools

from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    iterator = iter(items)
    results = []
    while True:
        group = [client.submit(fn, item) for item in itertools.islice(iterator, window)]
        if not group:
            return results
        wait(group)
        results.extend(f.result() for f in group)
        del group

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your send_windowed submitted only \d+ more, .*: the window waited for that one future"
