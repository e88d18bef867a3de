# Written from the student copy alone, without seeing the check or the solution.
# WRONG (items run not at all): the student counts the items with len(list(items)) to
# size the results, then loops over items again. With a list this works; with a
# generator (a stream of batches) the first pass consumes it, the loop runs nothing,
# and the function returns a list of None, one per item, without calling fn once.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = [None] * len(list(items))
    errors = []
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as error:
            errors.append(error)
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"bounded_spawn never called fn, and returned \[None, None, None, None, None,"
