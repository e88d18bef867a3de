# Written from the student copy alone, without seeing the check or the solution.
# WRONG (no bound at all): each thread creates its own Semaphore(limit) and takes a
# permit from it. Every semaphore has room, nobody ever waits: a thread per item, all at
# once, exactly the incident. A student writes it because the semaphore is "there".
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    results, errors, threads = {}, {}, []

    def run(index, item):
        permits = threading.Semaphore(limit)
        permits.acquire()
        try:
            results[index] = fn(item)
        except Exception as error:
            errors[index] = error
        finally:
            permits.release()

    for index, item in enumerate(items):
        thread = threading.Thread(target=run, args=(index, item), daemon=True)
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[min(errors)]
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner ran [\d,.]+ tasks at once; the limit was [\d,.]+\."
