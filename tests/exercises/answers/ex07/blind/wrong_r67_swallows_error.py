# Written from the student copy alone, without seeing the check or the solution.
# Mistake: catches a failed upload inside the task, logs it and counts it as 0, so pipeline returns a sum instead of raising.
# Breaks: "If an upload raises, `pipeline` raises that exception"
import logging
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

log = logging.getLogger(__name__)


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_and_upload(item):
        payload = render(item)
        try:
            return upload(payload)
        except Exception:
            log.exception("upload failed; skipping it")
            return 0

    total = 0
    running = set()
    with ThreadPoolExecutor(max_workers=workers) as executor:
        for item in items:
            if len(running) >= workers:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
            running.add(executor.submit(render_and_upload, item))
        done, running = wait(running)
        total += sum(future.result() for future in done)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), but pipeline\(items, render, upload, workers=[\d,.]+\) returned"
