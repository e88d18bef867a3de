# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: `workers` plain threads share the input iterator under a Lock; each takes an item, renders and uploads it itself; an error sets a stop Event, all threads are joined, then it is raised.
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    if workers < 1:
        raise ValueError("workers must be at least 1")
    iterator = iter(items)
    take = threading.Lock()
    lock = threading.Lock()
    stop = threading.Event()
    totals = []
    errors = []

    def worker():
        subtotal = 0
        try:
            while not stop.is_set():
                with take:
                    if stop.is_set():
                        break
                    try:
                        item = next(iterator)
                    except StopIteration:
                        break
                payload = render(item)
                del item
                subtotal += upload(payload)
                del payload
        except BaseException as error:
            with lock:
                errors.append(error)
            stop.set()
        finally:
            with lock:
                totals.append(subtotal)

    threads = [threading.Thread(target=worker, name=f"pipeline-{n}") for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
