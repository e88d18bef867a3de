# Written from the student copy alone, without seeing the check or the solution.
# WRONG (race on the stream): every worker runs "for item in items" on the same
# generator, with no lock. A generator cannot be advanced by two threads at once: the one
# that tries while another is inside raises "ValueError: generator already executing" and
# that worker dies (the traceback is printed, the error never reaches the caller). The
# sum still comes out right, so a quick test passes, but the pool silently shrinks (in a
# run of ours 5 of 8 workers died when the generator did real work per item), and the
# error handling around process() does not cover the "for" line where it happens.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    sums = [0] * workers
    errors = []

    def worker(k):
        for item in items:
            try:
                sums[k] += process(item)
            except Exception as error:
                errors.append(error)
                return

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(sums)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"a thread your code started \('[^']*'\) died of ValueError: generator already executing"
