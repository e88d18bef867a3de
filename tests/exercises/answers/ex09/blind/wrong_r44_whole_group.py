# Written from the student copy alone, without seeing the check or the solution.
# WRONG: submits window items, waits for the whole group with distributed.wait, then the next group: freed places stay idle.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    results = []
    group = []
    for item in items:
        group.append(client.submit(fn, item))
        if len(group) == window:
            wait(group)
            results.extend(future.result() for future in group)
            group = []
    if group:
        wait(group)
        results.extend(future.result() for future in group)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only [\d,.]+ more, though"
