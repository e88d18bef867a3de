# Written from the student copy alone, without seeing the check or the solution.
# Mistake: after starting `limit` threads the spawner joins that whole group before starting the next, so freed places sit idle behind the slowest task of the group.
# Breaks: "A freed permit lets the next thread start at once: do not wait for one particular thread, or a whole group, to end first"
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = []
    threads = []
    group = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append(exc)
        finally:
            permits.release()

    try:
        for index, item in enumerate(items):
            permits.acquire()
            thread = threading.Thread(target=run, args=(index, item))
            thread.start()
            threads.append(thread)
            group.append(thread)
            if len(group) == limit:
                for member in group:
                    member.join()
                group = []
    finally:
        for thread in threads:
            thread.join()

    if errors:
        raise errors[0]
    return [results[index] for index in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks, though [\d,.]+ permits (was|were) free and the other"
