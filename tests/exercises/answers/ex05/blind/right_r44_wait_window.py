# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor with a sliding window of 2*workers futures; concurrent.futures.wait(FIRST_COMPLETED) blocks before taking more.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    window = 2 * workers
    total = 0
    error = None
    pending = set()

    def collect(done):
        nonlocal total, error
        for future in done:
            exc = future.exception()
            if exc is not None:
                if error is None:
                    error = exc
            else:
                total += future.result()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for item in items:
                pending.add(pool.submit(process, item))
                del item
                if len(pending) >= window:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    collect(done)
                    if error is not None:
                        break  # take no more items
        except BaseException as exc:  # the stream itself failed
            if error is None:
                error = exc
        done, pending = wait(pending)  # every call still running ends first
        collect(done)
    if error is not None:
        raise error
    return total
