# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: list(items) first: every payload is made before any is processed.
from pool_lab import WorkerPool


def process_stream(fn_items, process, workers):
    items = list(fn_items)  # every payload at once
    with WorkerPool(max_workers=workers) as pool:
        return sum(pool.map(process, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
