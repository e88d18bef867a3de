# Written from the student copy alone, without seeing the check or the solution.
# WRONG (memory): list(items) first, then each worker gets a slice of the list. Simple and
# fast for small inputs, but it makes every payload before any work starts: 6 GiB for the
# notebook's stream.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    items = list(items)
    sums = [0] * workers

    def worker(k):
        for item in items[k::workers]:
            sums[k] += process(item)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(sums)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream held too much at once: resident memory grew [\d,.]+ MiB past"
