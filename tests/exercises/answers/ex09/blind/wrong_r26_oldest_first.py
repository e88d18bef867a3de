# Written from the student copy alone, without seeing the check or the solution.
# Wrong: waits for the oldest future first (FIFO deque), so a slow first task idles the window.
from collections import deque


def send_windowed(client, fn, items, window):
    results = []
    q = deque()
    it = iter(items)
    for item in it:
        q.append((len(results), client.submit(fn, item)))
        results.append(None)
        if len(q) >= window:
            break
    while q:
        j, f = q.popleft()
        results[j] = f.result()
        f = None
        for item in it:
            q.append((len(results), client.submit(fn, item)))
            results.append(None)
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only \d+ more"
