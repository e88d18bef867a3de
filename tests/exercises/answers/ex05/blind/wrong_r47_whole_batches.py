# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for a whole group instead of refilling a freed place at once: takes `workers` items, submits them, waits for all of them, then takes the next group, so one slow call idles every other worker.
from concurrent.futures import ThreadPoolExecutor, wait
from itertools import islice


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    total = 0
    iterator = iter(items)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while True:
            batch = list(islice(iterator, workers))
            if not batch:
                break
            futures = [pool.submit(process, item) for item in batch]
            del batch
            wait(futures)  # the whole group, before the next one
            error = None
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
