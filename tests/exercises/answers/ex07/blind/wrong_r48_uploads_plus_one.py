# Written from the student copy alone, without seeing the check or the solution.
# WRONG: gives the upload stage workers + 1 threads ("one spare for the renderer"), so workers + 1 uploads run at once.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""

    def render_then_upload(item):
        return upload(render(item))

    total = 0
    pending = set()
    with ThreadPoolExecutor(max_workers=workers + 1) as pool:
        try:
            for item in items:
                while len(pending) > workers:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    total += sum(future.result() for future in done)
                pending.add(pool.submit(render_then_upload, item))
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline ran [\d,.]+ uploads at once"
