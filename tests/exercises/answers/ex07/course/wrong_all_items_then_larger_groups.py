# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (read 51): takes every item at once, then submits groups of 3 × workers uploads and waits for each whole
# group: the group's queued uploads begin while one upload is slow, but then three upload threads idle.
from concurrent.futures import ThreadPoolExecutor


def pipeline(items, render, upload, workers):
    items = list(items)
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for start in range(0, len(items), 3 * workers):
            futures = [pool.submit(lambda item: upload(render(item)), item)
                       for item in items[start:start + 3 * workers]]
            total += sum(future.result() for future in futures)
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had taken all [\d,.]+ items from the input before item [\d,.]+'s upload"
