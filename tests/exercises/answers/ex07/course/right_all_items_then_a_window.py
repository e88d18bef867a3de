# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# RIGHT: takes every item at once (they are small numbers; only payloads are bounded), then keeps a window of
# `workers` uploads, refilled as its oldest ends.
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
