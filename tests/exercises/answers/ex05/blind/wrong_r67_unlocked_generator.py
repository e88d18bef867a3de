# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each worker calls next() on the shared generator without a lock, so two threads can advance it at once.
# Breaks: "A generator cannot be advanced by two threads at once (it raises `ValueError: generator already executing`): take the items in one thread, or under a lock."
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    iterator = iter(items)
    result_lock = threading.Lock()
    stop = threading.Event()
    totals = []
    errors = []

    def work():
        total = 0
        while not stop.is_set():
            try:
                item = next(iterator)
            except StopIteration:
                break
            except Exception as exc:
                with result_lock:
                    errors.append(exc)
                stop.set()
                break
            try:
                total += process(item)
            except Exception as exc:
                with result_lock:
                    errors.append(exc)
                stop.set()
                break
            finally:
                del item
        with result_lock:
            totals.append(total)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream\(items, process, workers\) raised ValueError: generator already executing: two of your threads called next\(\) on items at once\."
