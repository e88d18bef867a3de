# Written from the student copy alone, without seeing the check or the solution.
# WRONG: joins threads in order and raises as soon as a joined thread has failed, so it raises while later threads are still running, not once every thread has been joined.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    outcomes = {}
    threads = []

    def run(index, item):
        try:
            outcomes[index] = (True, fn(item))
        except Exception as exc:
            outcomes[index] = (False, exc)
        finally:
            permits.release()

    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)

    results = []
    for index, thread in enumerate(threads):
        thread.join()
        ok, value = outcomes[index]
        if not ok:
            raise value
        results.append(value)
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), and bounded_spawn\(fn, items, limit=[\d,.]+\) raised it while"
