# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every worker runs `for item in it` on the SAME generator with no lock,
# so two threads may advance it at once ("ValueError: generator already
# executing", which kills that worker; flaky: depends on the interleaving).
# Breaks: "A generator cannot be advanced by two threads at once ... take the
# items in one thread, or under a lock."
import threading


def process_stream(items, process, workers):
    it = iter(items)
    totals = [0] * workers
    errors = []

    def worker(k):
        for item in it:
            try:
                totals[k] += process(item)
            except BaseException as e:
                errors.append(e)
            item = None

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"a thread your code started \('[^']*'\) died of ValueError: generator already executing"
