# Written from the student copy alone, without seeing the check or the solution.
# Mistake: submits `window` items, waits for the whole group to finish, then submits the next group, so places sit idle until the slowest task of each group ends.
# Breaks: "Refill the window as each future finishes, whichever it is."
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    while True:
        group = []
        for item in it:
            group.append(client.submit(fn, item))
            if len(group) == window:
                break
        if not group:
            return results
        wait(group)                        # every future of the group
        results.extend(future.result() for future in group)
        del group


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only [\d,.]+ more, though the worker's other thread"
