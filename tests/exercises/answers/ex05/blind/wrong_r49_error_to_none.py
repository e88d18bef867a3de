# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the error is turned into a None return value instead of reaching the caller.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    window = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for item in items:
                if len(window) >= workers:
                    total += window.popleft().result()
                window.append(pool.submit(process, item))
            while window:
                total += window.popleft().result()
        except Exception:
            for future in window:
                future.cancel()
            return None  # "no result" when a send failed
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), but process_stream\(items, process,"
