# Written from the student copy alone, without seeing the check or the solution.
# Mistake: on a failed upload it shuts the executor down with wait=False (cancelling what is queued) and raises at once, while the other uploads in the window are still running.
# Breaks: "If an upload raises, `pipeline` raises that exception, once no upload is running"
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    stop = threading.Event()

    def render_and_upload(item):
        payload = render(item)
        if stop.is_set():
            return 0
        try:
            return upload(payload)
        except BaseException:
            stop.set()
            raise

    total = 0
    running = set()
    executor = ThreadPoolExecutor(max_workers=workers)
    try:
        for item in items:
            if len(running) >= workers:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    total += future.result()
            running.add(executor.submit(render_and_upload, item))
        done, running = wait(running)
        for future in done:
            total += future.result()
    except BaseException:
        stop.set()
        executor.shutdown(wait=False, cancel_futures=True)  # fail fast
        raise
    executor.shutdown(wait=True)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), and pipeline\(items, render, upload, workers=[\d,.]+\) raised"
