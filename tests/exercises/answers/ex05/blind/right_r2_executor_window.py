# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor(workers) with a bounded window of futures: submit
# only while fewer than 2*workers are pending, otherwise block in
# concurrent.futures.wait(FIRST_COMPLETED) and fold finished results into the
# sum, dropping each future once read. On an error: stop submitting, wait for the
# pending ones (the `with` block joins), raise the first error.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    total = 0
    error = None
    with ThreadPoolExecutor(max_workers=workers) as ex:
        pending = set()

        def drain(done):
            nonlocal total, error
            for f in done:
                exc = f.exception()
                if exc is not None:
                    if error is None:
                        error = exc
                else:
                    total += f.result()

        try:
            for item in items:
                if len(pending) >= 2 * workers:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    drain(done)
                    if error is not None:
                        break
                pending.add(ex.submit(process, item))
                item = None
        finally:
            done, pending = wait(pending)
            drain(done)
    if error is not None:
        raise error
    return total
