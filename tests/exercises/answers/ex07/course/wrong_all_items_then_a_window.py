# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (read 51): takes every item at once, then keeps a window of `workers` uploads, refilled as its oldest ends.
# Its payloads are bounded, but the input may be a stream too long to hold, and once every item is taken the check
# cannot tell this window from a group larger than the upload threads (which read 51 found passing): the copy asks
# that items be taken as the answer goes.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    total = 0
    window = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in list(items):
            if len(window) == workers:
                total += window.popleft().result()
            window.append(pool.submit(lambda item: upload(render(item)), item))
        total += sum(future.result() for future in window)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had taken all [\d,.]+ items from the input before item [\d,.]+'s upload"
