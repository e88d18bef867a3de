# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: returns how many uploads ran, not the sum of what upload() returned.
from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    with WorkerPool(max_workers=workers) as pool:
        return len([size for size in pool.map(lambda item: upload(render(item)), items)])


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pipeline returned [\d,.]+ after uploading [\d,.]+ of [\d,.]+ payloads; expected the sum of"
