# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: a ThreadPoolExecutor of 64 threads, whatever `workers` says.
import concurrent.futures as cf


def pool_map(fn, items, workers, queue_size):
    with cf.ThreadPoolExecutor(max_workers=64) as executor:  # ignores `workers`
        return list(executor.map(fn, items))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool ran [\d,.]+ tasks at once; the limit was [\d,.]+\."
