# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is given back after fn returns, but not in a finally: block. A task
# that raises kills its thread (the exception is only printed by threading's excepthook),
# its permit is never returned and its result never stored: after `limit` failures the
# spawner blocks for ever, and with fewer it raises KeyError instead of the task's error.
# Threads are daemons so a test process can still exit.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results, threads = {}, []

    def run(index, item):
        results[index] = fn(item)
        permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item), daemon=True)
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn,"
