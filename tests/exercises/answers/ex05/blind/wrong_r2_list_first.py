# Written from the student copy alone, without seeing the check or the solution.
# WRONG: list(items) first, then splits the list among `workers` threads: every
# payload is held at once. Breaks: "while only a few items are in flight at any
# moment: resident memory may grow at most 100 MiB past where it started"
# ("`list(items)` takes every item first").
import threading


def process_stream(items, process, workers):
    data = list(items)
    totals = [0] * workers
    errors = []

    def worker(k):
        try:
            for x in data[k::workers]:
                totals[k] += process(x)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
