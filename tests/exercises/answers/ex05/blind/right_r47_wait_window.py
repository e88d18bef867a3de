# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a ThreadPoolExecutor(workers) with a window of at most `workers` futures: when it is full, wait(FIRST_COMPLETED) blocks, finished futures are summed and dropped, and the freed place is refilled at once; on an error it stops submitting, waits for the rest, then raises.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    error = None
    pending = set()

    def harvest(finished):
        nonlocal total, error
        for future in finished:
            failure = future.exception()
            if failure is not None:
                if error is None:
                    error = failure
            else:
                total += future.result()

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="stream") as pool:
        try:
            for item in items:
                pending.add(pool.submit(process, item))
                del item
                if len(pending) >= workers:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    harvest(finished)
                if error is not None:
                    break
        finally:
            finished, pending = wait(pending)  # every call started has ended
            harvest(finished)
    if error is not None:
        raise error
    return total
