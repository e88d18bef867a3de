# Written from the student copy alone, without seeing the check or the solution.
# WRONG: starts `limit` threads, joins the whole group, then starts the next group: a freed place stays empty until the slowest task of its group ends.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    results = []
    errors = []
    group = []

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.append(exc)

    def finish_group():
        for thread in group:
            thread.join()
        group.clear()

    try:
        for index, item in enumerate(items):
            if len(group) == limit:
                finish_group()
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            group.append(thread)
            thread.start()
    finally:
        finish_group()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \([\d,.]+ ms longer than the others\), your spawner started only [\d,.]+ other tasks, though [\d,.]+"
