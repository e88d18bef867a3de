# Written from the student copy alone, without seeing the check or the solution.
# WRONG (off by one): the permit is taken right AFTER the thread is started, so the
# spawner starts a thread and only then blocks: limit + 1 threads (and tasks) can be
# alive at once. A student writes it thinking "start the work, then wait for room".
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results, errors, threads = {}, {}, []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as error:
            errors[index] = error
        finally:
            permits.release()

    for index, item in enumerate(items):
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        permits.acquire()
        threads.append(thread)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[min(errors)]
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner ran [\d,.]+ tasks at once; the limit was [\d,.]+\."
