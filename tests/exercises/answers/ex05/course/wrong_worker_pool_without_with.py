# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: the ThreadPoolExecutor.map one-liner with WorkerPool swapped in. Its map is lazy, so the
# memory stays bounded, but nothing waits for the workers: when process raises, the error reaches
# the caller while the calls already begun are still running (the with block's exit would wait).
from pool_lab import WorkerPool


def process_stream(items, process, workers):
    return sum(WorkerPool(workers).map(process, items))


FAILS_WITH = r"raised it while \d+ calls of process were still running; it must raise once no call"
