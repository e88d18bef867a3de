# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: Exercise 1's spawner, not a pool: a new thread per item, at most `workers` alive, the oldest joined before the
# next starts. It never has more than `workers` threads or tasks at once, yet no thread is reused (read 18 found
# the check passed it).
import threading
from collections import deque


def pool_map(fn, items, workers, queue_size):
    values, errors, lock = {}, [], threading.Lock()
    alive = deque()

    def run(i, item):
        try:
            values[i] = fn(item)
        except Exception as error:
            with lock:
                errors.append(error)

    count = 0
    try:
        for count, item in enumerate(items, 1):
            if len(alive) == workers:
                alive.popleft().join()
            thread = threading.Thread(target=run, args=(count - 1, item))
            thread.start()
            alive.append(thread)
    finally:
        for thread in alive:
            thread.join()
    if errors:
        raise errors[0]
    return [values[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool ran its 32 tasks in [\d,]+ different threads; a pool of 4 workers runs every one in one of its 4"
