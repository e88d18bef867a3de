# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: runs the tasks on a WorkerPool of its own, not on the executor it was given.
from pool_lab import WorkerPool


def windowed_map(executor, fn, items, window):
    with WorkerPool(max_workers=4, queue_size=window - 4) as pool:
        return list(pool.map(fn, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"a task ran in thread 'pool_lab\-worker\-[\d,.]+_[\d,.]+', not in the executor you were given\."
