# Written from the student copy alone, without seeing the check or the solution.
# Mistake: takes `workers` items at a time and waits for the whole batch to end before taking the next, so one slow call idles the other workers.
# Breaks: "Do not wait for a whole batch of calls to end before you take more items"
from concurrent.futures import ThreadPoolExecutor, wait
from itertools import islice


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    iterator = iter(items)
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while True:
            batch = list(islice(iterator, workers))
            if not batch:
                break
            futures = [pool.submit(process, item) for item in batch]
            del batch
            wait(futures)  # the whole batch ends before the next one is taken
            for future in futures:
                total += future.result()  # re-raises process's exception, once the batch has ended
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the call of process on the [\d,.]+th item took [\d,.]+ s, your process_stream took no item from the stream and began no call once another"
