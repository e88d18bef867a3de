# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor(workers) with a window of workers futures refilled on each FIRST_COMPLETED; each task renders then uploads; on an error stop submitting, wait for the rest, re-raise.
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def pipeline(items, render, upload, workers):
    failed = threading.Event()

    def render_and_upload(item):
        if failed.is_set():
            return 0
        payload = render(item)
        try:
            return upload(payload)
        except BaseException:
            failed.set()
            raise
        finally:
            del payload

    total = 0
    error = None
    pending = set()
    with ThreadPoolExecutor(max_workers=workers) as executor:
        source = iter(items)
        exhausted = False
        while True:
            while not exhausted and error is None and len(pending) < workers:
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
                exception = future.exception()
                if exception is not None:
                    if error is None:
                        error = exception
                else:
                    total += future.result()
            del done
    if error is not None:
        raise error
    return total
