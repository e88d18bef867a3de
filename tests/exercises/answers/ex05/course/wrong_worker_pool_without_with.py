# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: the ThreadPoolExecutor.map one-liner with WorkerPool swapped in. Its map is lazy, so the
# memory stays bounded, but nothing waits for the workers: when process raises, the error reaches
# the caller while the calls already begun are still running (the with block's exit would wait).
from pool_lab import WorkerPool


def process_stream(items, process, workers):
    return sum(WorkerPool(workers).map(process, items))


# The check now meets the same mistake first where it returns: its workers are still alive then.
FAILS_WITH = r"the moment process_stream returned, \d+ of the threads it started (?:was|were) still alive"
