# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounds the uploads in flight but keeps every (payload, future) pair in a list to sum at the end, so every payload stays alive after its upload.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    places = threading.Semaphore(workers)
    sent = []  # (payload, future), kept "in case we need to retry"
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            places.acquire()
            payload = render(item)
            future = pool.submit(upload, payload)
            future.add_done_callback(lambda _f: places.release())
            sent.append((payload, future))
    return sum(future.result() for _payload, future in sent)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
