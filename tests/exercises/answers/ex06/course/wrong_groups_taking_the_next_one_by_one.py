# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (read 50): waits for a whole group of futures before it submits the next group, but takes the next group's
# items one by one as the current group's futures finish: it takes items while the slow task runs, and submits none.
from concurrent.futures import as_completed


def windowed_map(executor, fn, items, window):
    items = iter(items)
    group = [item for _, item in zip(range(window), items)]
    results = []
    while group:
        futures = [executor.submit(fn, item) for item in group]
        group = []
        for future in as_completed(futures):
            future.result()
            group.extend(item for _, item in zip(range(1), items))
        results.extend(future.result() for future in futures)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = (r"while task [\d,.]+ ran \([\d,.]+ ms longer than the others\), your windowed_map submitted no task "
              r"\(it took [\d,.]+ items? meanwhile: taking the next items is not enough\)")
