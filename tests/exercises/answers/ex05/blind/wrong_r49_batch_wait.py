# Written from the student copy alone, without seeing the check or the solution.
# WRONG: takes a batch of `workers` items, runs them and waits for the whole batch before taking the next, so one slow call stalls every freed worker.
from concurrent.futures import ThreadPoolExecutor
from itertools import islice


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    it = iter(items)
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while True:
            batch = list(islice(it, workers))
            if not batch:
                break
            total += sum(pool.map(process, batch))  # waits for the whole batch
            batch = None
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the call of process on the [\d,.]+th item took [\d,.]+ s, your process_stream took no item from the stream"
