# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounds the uploads with a semaphore but keeps every (payload, future) pair in a list "to retry failures", so every payload stays alive after its upload.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    room = threading.BoundedSemaphore(workers)
    sent = []
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        for item in items:
            payload = render(item)
            room.acquire()
            future = uploads.submit(upload, payload)
            future.add_done_callback(lambda _: room.release())
            sent.append((payload, future))  # kept in case it has to be sent again
        return sum(future.result() for payload, future in sent)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
