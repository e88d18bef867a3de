# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the caller is woken the moment a call fails and raises at once, while other calls of process are still running and threads alive.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    source = iter(items)
    take = threading.Lock()
    finished = threading.Event()  # set when all workers are done, or as soon as one fails
    failed = threading.Event()
    errors = []
    totals = [0] * workers
    remaining = [workers]

    def work(slot):
        total = 0
        try:
            while not failed.is_set():
                with take:
                    try:
                        item = next(source)
                    except StopIteration:
                        break
                try:
                    total += process(item)
                except BaseException as exc:
                    errors.append(exc)
                    failed.set()
                    finished.set()  # report the error right away
                    break
                finally:
                    del item
        finally:
            totals[slot] = total
            with take:
                remaining[0] -= 1
                if remaining[0] == 0:
                    finished.set()

    for i in range(workers):
        threading.Thread(target=work, args=(i,)).start()
    finished.wait()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+, on purpose'\), and process_stream\(items, process,"
