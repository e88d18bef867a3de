# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the permit is taken inside the thread ("with permits:" around the task). That
# bounds the tasks running at once, but the spawning loop never waits: every thread is
# started at once, one per item, each with its stack (and its item). This is the mistake
# the notebook warns about; a student writes it because "with semaphore:" is the idiom.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results, errors, threads = {}, {}, []

    def run(index, item):
        with permits:
            try:
                results[index] = fn(item)
            except Exception as error:
                errors[index] = error

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
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once whose task had not finished, though"
