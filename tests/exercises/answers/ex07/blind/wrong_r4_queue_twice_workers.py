# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the right shape (render threads, a bounded queue, upload threads, errors
# raised after joining), but the queue between the stages is made 2 x workers
# deep "so the uploaders never starve". Renders are 15 times faster than
# uploads, so the queue stays full and every renderer blocks holding a payload:
# workers + 2 x workers + workers = 4 x workers (16) payloads alive. Breaks "The
# check allows 3 x workers + 2 (14) payloads alive at once: ... for each place
# in a queue of `workers` between the stages".
import queue
import threading

_DONE = object()


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    it = iter(items)
    read_lock = threading.Lock()
    between = queue.Queue(maxsize=2 * workers)
    sums = [0] * workers
    errors = []
    failed = threading.Event()

    def renderer():
        try:
            while not failed.is_set():
                with read_lock:
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                payload = render(item)
                between.put(payload)
                del payload
        except BaseException as exc:
            errors.append(exc)
            failed.set()

    def uploader(n):
        while True:
            payload = between.get()
            if payload is _DONE:
                return
            if not failed.is_set():
                try:
                    sums[n] += upload(payload)
                except BaseException as exc:
                    errors.append(exc)
                    failed.set()
            del payload

    renderers = [threading.Thread(target=renderer, daemon=True) for _ in range(workers)]
    uploaders = [threading.Thread(target=uploader, args=(n,), daemon=True) for n in range(workers)]
    for thread in uploaders + renderers:
        thread.start()
    for thread in renderers:
        thread.join()
    for _ in uploaders:
        between.put(_DONE)
    for thread in uploaders:
        thread.join()
    if errors:
        raise errors[0]
    return sum(sums)

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your pipeline had 1[5-9] payloads alive at once \(of 300\); with 4 workers a stage, at most 14 should be"
