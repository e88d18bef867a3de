# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: one task renders then uploads on a ThreadPoolExecutor of `workers` threads, fed by a window of 2 x workers futures refilled with wait(FIRST_COMPLETED); on error it cancels what has not started, waits, then raises.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_then_upload(item):
        return upload(render(item))  # the payload lives only inside this call

    window = 2 * workers  # queued tasks hold an item, never a payload
    total = 0
    pending = set()
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        try:
            for item in items:
                while len(pending) >= window:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        total += future.result()
                pending.add(uploads.submit(render_then_upload, item))
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    total += future.result()
        except BaseException:
            for future in pending:
                future.cancel()  # none of those begins after the error
            raise  # the with block waits for the running uploads first
    return total
