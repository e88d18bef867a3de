# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a window of at most `workers` futures on a ThreadPoolExecutor, waiting for the oldest before submitting the next; an error cancels what has not begun and leaves the with block (which joins) before it reaches the caller.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    window = deque()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="window") as pool:
        try:
            for item in items:
                if len(window) >= workers:
                    total += window.popleft().result()
                window.append(pool.submit(process, item))
            while window:
                total += window.popleft().result()
        except BaseException:
            for future in window:
                future.cancel()
            raise  # the with block's shutdown(wait=True) runs first: no call is left running
    return total
