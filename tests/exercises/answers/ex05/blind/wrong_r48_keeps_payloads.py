# Written from the student copy alone, without seeing the check or the solution.
# WRONG: payloads kept alive after their work is done: the docs' future_to_item dict maps every future to its payload and is never pruned, so memory grows with the stream.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    slots = threading.BoundedSemaphore(workers)
    future_to_item = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            slots.acquire()
            future = pool.submit(process, item)
            future.add_done_callback(lambda _: slots.release())
            future_to_item[future] = item  # kept for error messages, never removed
        total = 0
        for future in as_completed(future_to_item):
            total += future.result()
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past where it started, over the"
