# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: Waves of threads, not a pool: a thread per item, started `workers` at a time and all joined before the next
# wave. Never more than `workers` threads alive, results in input order, the first error raised: yet no thread
# is reused, and each wave waits for its slowest task (read 18 found the check passed it).
import threading
from itertools import islice


def pool_map(fn, items, workers, queue_size):
    results, errors, lock = [], [], threading.Lock()
    items = iter(items)
    while wave := list(islice(items, workers)):
        values = [None] * len(wave)

        def run(i, item):
            try:
                values[i] = fn(item)
            except Exception as error:
                with lock:
                    errors.append(error)

        threads = [threading.Thread(target=run, args=(i, item)) for i, item in enumerate(wave)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        results.extend(values)
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool ran its 32 tasks in [\d,]+ different threads; a pool of 4 workers runs every one in one of its 4"
