# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (read 50): takes every item at once (allowed: they are small numbers), then uploads them in groups of
# `workers`, waiting for each whole group: while one upload is slow, the freed upload threads begin nothing.
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    items = list(items)
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for start in range(0, len(items), workers):
            futures = [pool.submit(lambda item: upload(render(item)), item) for item in items[start:start + workers]]
            total += sum(future.result() for future in futures)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had taken all [\d,.]+ items from the input before item [\d,.]+'s upload"
