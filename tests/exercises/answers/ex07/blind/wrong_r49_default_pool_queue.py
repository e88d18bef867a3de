# Written from the student copy alone, without seeing the check or the solution.
# WRONG: renders in the caller and submits upload(payload) to a WorkerPool with its default queue of 64: up to 64 payloads wait in that bounded queue.
import threading

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    failed = threading.Event()

    def guarded_upload(payload):
        if failed.is_set():
            return 0
        try:
            return upload(payload)
        except BaseException:
            failed.set()
            raise

    futures = []
    total = 0
    with WorkerPool(max_workers=workers) as uploads:
        for item in items:
            if failed.is_set():
                break
            futures.append(uploads.submit(guarded_upload, render(item)))
            while futures and futures[0].done():
                total += futures.pop(0).result()
        for future in futures:
            total += future.result()
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\)"
