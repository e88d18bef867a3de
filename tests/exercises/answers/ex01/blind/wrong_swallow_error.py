# Written from the student copy alone, without seeing the check or the solution.
# WRONG: an exception raised by fn is caught in the thread and turned into None, so the
# caller gets a list with a None in it and never learns that a task failed. A student
# writes this because "a thread's exception would otherwise be lost" and the notebook asks
# for a finally: block, so catching everything looks like the safe thing to do.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    threads = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception:
            results[index] = None
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn,"
