# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises the task's error as soon as the window sees it, leaving the executor with shutdown(wait=False): the other calls are still running when the caller gets it.
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    pending = set()
    pool = ThreadPoolExecutor(max_workers=workers)

    def collect(done):
        nonlocal total
        for future in done:
            failure = future.exception()
            if failure is not None:
                pool.shutdown(wait=False, cancel_futures=True)
                raise failure  # the others are still running
            total += future.result()

    for item in items:
        pending.add(pool.submit(process, item))
        del item
        if len(pending) >= workers:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            collect(done)
    done, pending = wait(pending)
    collect(done)
    pool.shutdown(wait=True)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d,.]+ (?:calls? of process (?:was|were) still running|of the threads it started (?:was|were) still alive)"
