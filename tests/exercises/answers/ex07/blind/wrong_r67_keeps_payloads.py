# Written from the student copy alone, without seeing the check or the solution.
# Mistake: renders in the caller and keeps each future's payload in a dict (to say which payload failed), never removing it, so every payload stays alive after its upload.
# Breaks: "A payload is alive from its rendering until nothing refers to it any more: one kept in a list after its upload still counts. The check allows `3 × workers + 2` (14) payloads alive at once"
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    stop = threading.Event()
    payload_of = {}  # future -> its payload, for the error message

    def guarded_upload(payload):
        if stop.is_set():
            return 0
        try:
            return upload(payload)
        except BaseException:
            stop.set()
            raise

    total = 0
    running = set()
    with ThreadPoolExecutor(max_workers=workers) as executor:
        try:
            for item in items:
                if len(running) >= workers:
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        total += future.result()
                payload = render(item)
                future = executor.submit(guarded_upload, payload)
                payload_of[future] = payload
                running.add(future)
            done, running = wait(running)
            for future in done:
                total += future.result()
        except BaseException:
            stop.set()
            for future in running:
                future.cancel()
            wait(running)
            raise
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads? alive at once \(of [\d,.]+\); with [\d,.]+ workers a stage, at most [\d,.]+ should be\. A payload is alive until nothing"
