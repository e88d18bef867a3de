# Written from the student copy alone, without seeing the check or the solution.
# WRONG: memory grows with the stream. Submission is correctly bounded by a semaphore, but every Future (each with its own Condition, lock and deque, ~1-2 KiB) is kept in a list until the end: 100,000 futures is on the order of 100-200 MiB.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    free = threading.Semaphore(workers)

    def release(_future):
        free.release()

    futures = []  # the bug: one entry per item of the stream
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            free.acquire()
            future = pool.submit(process, item)
            future.add_done_callback(release)
            futures.append(future)
    return sum(f.result() for f in futures)  # raises the first error, after the with block joined the threads


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"held too much at once: .*yet only [\d,.]+ items \([\d,.]+ MiB of payload\) were ahead"
