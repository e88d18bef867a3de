# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: chunks of 64 made with zip(*[iter(items)] * 64): the last, partial chunk vanishes.
from pool_lab import WorkerPool


def process_stream(items, process, workers):
    with WorkerPool(max_workers=workers, queue_size=workers) as pool:  # 16 chunks of 64 items in flight: within budget
        chunks = zip(*[iter(items)] * 64)  # the last 32 items do not fill a chunk, and vanish
        return sum(sum(sizes) for sizes in pool.map(lambda chunk: [process(item) for item in chunk], chunks))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of [\d,.]+ items had been processed \([\d,.]+"
