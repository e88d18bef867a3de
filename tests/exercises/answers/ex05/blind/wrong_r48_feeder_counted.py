# Written from the student copy alone, without seeing the check or the solution.
# WRONG: counts the reader thread among the workers: starts a feeder plus workers - 1 processing threads, so only 7 calls of process ever run at once.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    processors = max(1, workers - 1)  # "one of the workers reads the stream"
    tasks = queue.Queue(maxsize=processors)
    failed = threading.Event()
    errors = []
    totals = [0] * processors

    def feed():
        try:
            for item in items:
                if failed.is_set():
                    break
                tasks.put(item)
                del item
        except BaseException as error:
            errors.append(error)
            failed.set()
        finally:
            for _ in range(processors):
                tasks.put(_STOP)

    def work(index):
        while True:
            item = tasks.get()
            if item is _STOP:
                return
            if failed.is_set():
                continue
            try:
                totals[index] += process(item)
            except BaseException as error:
                errors.append(error)
                failed.set()
            del item

    threads = [threading.Thread(target=feed)]
    threads += [threading.Thread(target=work, args=(i,)) for i in range(processors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your process_stream never had more than [\d,.]+ calls of process running at once, over [\d,.]+ items"
