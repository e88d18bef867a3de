# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ThreadPoolExecutor with a window of at most `workers` pending futures; wait(FIRST_COMPLETED) before taking the next item; drains the window at the end; raises after the with block has joined every thread.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    error = None

    def harvest(done):
        nonlocal total, error
        for f in done:
            exc = f.exception()
            if exc is not None:
                if error is None:
                    error = exc
            else:
                total += f.result()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = set()
        for item in items:
            pending.add(pool.submit(process, item))
            item = None
            if len(pending) >= workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)  # blocks until a worker is free
                harvest(done)
                if error is not None:
                    break  # stop taking items
        done, pending = wait(pending)  # every remaining call
        harvest(done)
    if error is not None:
        raise error
    return total
