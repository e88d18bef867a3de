# Written from the student copy alone, without seeing the check or the solution.
# WRONG: on the first failed upload it raises at once with shutdown(wait=False), so uploads already running are still going after pipeline has raised.
import threading
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    slots = threading.BoundedSemaphore(2 * workers)
    executor = ThreadPoolExecutor(max_workers=workers)
    pending = []
    total = 0

    def task(item):
        try:
            return upload(render(item))
        finally:
            slots.release()

    try:
        for item in items:
            slots.acquire()
            pending.append(executor.submit(task, item))
            still_pending = []
            for future in pending:
                if future.done():
                    total += future.result()
                else:
                    still_pending.append(future)
            pending = still_pending
        for future in pending:
            total += future.result()
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while \d+ tasks? (were|was) still running"
