# Written from the student copy alone, without seeing the check or the solution.
# Wrong: bounded submission with a semaphore (backpressure is right) but every future is kept in a list and summed at the end: memory grows with the stream length.
import threading
from concurrent.futures import ThreadPoolExecutor


def process_stream(items, process, workers):
    slots = threading.BoundedSemaphore(workers)
    futures = []
    with ThreadPoolExecutor(max_workers=workers) as ex:
        for item in items:
            slots.acquire()
            f = ex.submit(process, item)
            f.add_done_callback(lambda _f: slots.release())
            futures.append(f)
        item = None
    return sum(f.result() for f in futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"held too much at once: resident memory grew [\d,.]+ MiB .*yet only [\d,]+ items"
