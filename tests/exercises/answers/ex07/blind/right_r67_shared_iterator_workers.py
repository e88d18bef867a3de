# Written from the student copy alone, without seeing the check or the solution.
# Approach: `workers` threads that each take the next item from the shared iterator (under a lock) when free, render it and upload it; the caller joins them all and raises the first error.
import threading


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    remaining = iter(items)
    taking = threading.Lock()
    stop = threading.Event()
    totals = [0] * workers
    errors = []

    def work(slot):
        try:
            while not stop.is_set():
                with taking:
                    if stop.is_set():
                        return
                    item = next(remaining, _END)
                if item is _END:
                    return
                payload = render(item)
                del item
                if stop.is_set():
                    return
                totals[slot] += upload(payload)
                del payload
        except BaseException as error:
            errors.append(error)
            stop.set()

    threads = [threading.Thread(target=work, args=(slot,), name=f"uploader-{slot}") for slot in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


_END = object()
