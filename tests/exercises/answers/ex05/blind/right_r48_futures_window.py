# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a window of at most workers futures on a ThreadPoolExecutor; when it is full, concurrent.futures.wait(FIRST_COMPLETED) frees a place and the next item is submitted at once.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    error = None
    pending = set()

    def collect(done):
        nonlocal total, error
        for future in done:
            failure = future.exception()
            if failure is not None:
                if error is None:
                    error = failure
            else:
                total += future.result()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for item in items:
                pending.add(pool.submit(process, item))
                del item
                if len(pending) >= workers:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)  # blocks, no polling
                    collect(done)
                    if error is not None:
                        break
        except BaseException as failure:  # the stream failed
            if error is None:
                error = failure
        done, pending = wait(pending)  # every call ends before we return or raise
        collect(done)
    if error is not None:
        raise error
    return total
