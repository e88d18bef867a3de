# Written from the student copy alone, without seeing the check or the solution.
# WRONG: waits for a whole group: renders workers items, uploads them together, waits for ALL of them before taking the next group.
import threading
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait
from itertools import islice


def pipeline(items, render, upload, workers):
    total = 0
    source = iter(items)
    with ThreadPoolExecutor(max_workers=workers) as executor:
        while True:
            group = list(islice(source, workers))
            if not group:
                break
            futures = [executor.submit(lambda item: upload(render(item)), item) for item in group]
            wait(futures, return_when=ALL_COMPLETED)
            for future in futures:
                total += future.result()  # raises the upload's error, after the group ended
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the upload of item [\d,.]+ took [\d,.]+ ms longer than the others, your pipeline took no item from the input"
