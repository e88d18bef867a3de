# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a deque of (index, future) polled with future.done() every millisecond; every done one leaves the window and its place is refilled straight away.
import time
from collections import deque


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    window_q = deque()
    results = []

    def reap():
        for _ in range(len(window_q)):
            index, future = window_q.popleft()
            if future.done():
                results[index] = future.result()  # raises the task's exception
            else:
                window_q.append((index, future))

    for index, item in enumerate(items):
        reap()
        while len(window_q) >= window:
            time.sleep(0.001)
            reap()
        results.append(None)
        window_q.append((index, executor.submit(fn, item)))
        del item
    while window_q:
        reap()
        if window_q:
            time.sleep(0.001)
    return results
