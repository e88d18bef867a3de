# Written from the student copy alone, without seeing the check or the solution.
# WRONG: on the first error it calls shutdown(wait=False, cancel_futures=True) and raises at once, while the other calls of process are still running in threads that have not ended.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    pending = set()
    pool = ThreadPoolExecutor(max_workers=workers)

    def harvest(finished):
        nonlocal total
        for future in finished:
            failure = future.exception()
            if failure is not None:
                pool.shutdown(wait=False, cancel_futures=True)  # give up at once
                raise failure
            total += future.result()

    for item in items:
        pending.add(pool.submit(process, item))
        del item
        if len(pending) >= workers:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            harvest(finished)
    finished, pending = wait(pending)
    harvest(finished)
    pool.shutdown(wait=True)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d,.]+ (?:calls? of process (?:was|were) still running|of the threads it started (?:was|were) still alive)"
