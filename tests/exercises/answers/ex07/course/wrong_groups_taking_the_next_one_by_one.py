# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (read 50): waits for a whole group of uploads before it starts the next group, but takes the next group's
# items one by one as the current group's uploads end: it takes items while the slow upload runs, and begins none.
from concurrent.futures import ThreadPoolExecutor, as_completed


def pipeline(items, render, upload, workers):
    items = iter(items)
    group = [item for _, item in zip(range(workers), items)]
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while group:
            futures = [pool.submit(lambda item: upload(render(item)), item) for item in group]
            group = []
            for future in as_completed(futures):
                total += future.result()
                group.extend(item for _, item in zip(range(1), items))
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = (r"while the upload of item [\d,.]+ took [\d,.]+ ms longer than the others, your pipeline began no upload "
              r"\(it took [\d,.]+ items? meanwhile: taking the next items is not enough")
