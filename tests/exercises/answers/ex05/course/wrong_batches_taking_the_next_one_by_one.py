# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (read 50): waits for a whole batch of calls before it starts the next batch, but takes the next batch's
# items one by one as the current batch's calls end: it takes items while the slow call runs, and begins none.
from concurrent.futures import ThreadPoolExecutor, as_completed
from itertools import islice


def process_stream(items, process, workers):
    items = iter(items)
    batch = list(islice(items, workers))
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while batch:
            futures = [pool.submit(process, payload) for payload in batch]
            batch = []
            for future in as_completed(futures):
                total += future.result()
                batch.extend(islice(items, 1))
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = (r"while the call of process on the [\d,.]+th item took [\d,.]+ s, your process_stream began no call \(it took [\d,.]+ "
              r"items? meanwhile: taking the next items is not enough\)")
