# Written from the student copy alone, without seeing the check or the solution.
# Approach: ThreadPoolExecutor with a sliding window of 2 x workers futures; before taking more, wait for the oldest; the with block joins the threads.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    window = deque()
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:  # on an error, the with waits for the calls still running
        for item in items:
            window.append(pool.submit(process, item))
            del item
            if len(window) >= 2 * workers:
                total += window.popleft().result()  # re-raises process's exception
        while window:
            total += window.popleft().result()
    return total
