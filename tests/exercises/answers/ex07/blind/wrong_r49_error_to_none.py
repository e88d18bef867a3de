# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a failed upload turns the whole result into None (returned, not raised), so the caller never sees the exception.
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    def render_and_upload(item):
        try:
            return upload(render(item))
        except Exception:
            return None

    total = 0
    failed = False
    pending = set()
    with ThreadPoolExecutor(max_workers=workers) as executor:
        source = iter(items)
        exhausted = False
        while True:
            while not exhausted and not failed and len(pending) < workers:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.add(executor.submit(render_and_upload, item))
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                size = future.result()
                if size is None:
                    failed = True
                else:
                    total += size
    return None if failed else total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"the upload of item [\d,.]+ raised PlantedError\('the upload of item [\d,.]+ failed on purpose'\), but pipeline\(items,"
