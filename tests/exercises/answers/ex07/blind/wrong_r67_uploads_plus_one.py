# Written from the student copy alone, without seeing the check or the solution.
# Mistake: off by one: starts `workers + 1` threads (one "spare" to keep the uploads busy), each rendering and uploading, so workers + 1 uploads run at once.
# Breaks: "with at most `workers` uploads at once"
import threading

_END = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    remaining = iter(items)
    taking = threading.Lock()
    stop = threading.Event()
    count = workers + 1  # one spare so an upload starts as soon as another ends
    totals = [0] * count
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

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline ran [\d,.]+ uploads? at once; the upload service takes [\d,.]+ Hint: upload from a pool of `workers` threads\."
