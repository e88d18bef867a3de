# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every worker runs its own for loop over the same generator with no lock, so two threads advance it at once.
import threading


def process_stream(items, process, workers):
    totals = []
    errors = []

    def worker():
        subtotal = 0
        try:
            for item in items:
                subtotal += process(item)
        except Exception as exc:
            errors.append(exc)
        totals.append(subtotal)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"generator already executing"
