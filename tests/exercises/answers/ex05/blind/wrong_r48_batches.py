# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for a whole group: takes workers items, runs them on the pool, waits for all of them to end, then takes the next batch, so a slow call idles the freed workers.
import itertools
from concurrent.futures import ThreadPoolExecutor, wait


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    error = None
    iterator = iter(items)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while error is None:
            batch = list(itertools.islice(iterator, workers))
            if not batch:
                break
            futures = [pool.submit(process, item) for item in batch]
            del batch
            wait(futures)  # the whole batch ends before any new item is taken
            for future in futures:
                if future.exception() is not None:
                    error = error or future.exception()
                else:
                    total += future.result()
    if error is not None:
        raise error
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the call of process on the [\d,.]+th item took [\d,.]+ s, your process_stream took no item from the stream"
