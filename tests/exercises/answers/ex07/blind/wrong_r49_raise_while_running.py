# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises the moment one upload fails, while other uploads are still running (and their threads still alive); it does not wait for them.
import threading


def pipeline(items, render, upload, workers):
    source = iter(items)
    take_lock = threading.Lock()
    sum_lock = threading.Lock()
    stop = threading.Event()
    finished = threading.Event()
    errors = []
    total = [0]
    alive = [workers]

    def worker():
        try:
            while True:
                with take_lock:
                    if stop.is_set():
                        return
                    try:
                        item = next(source)
                    except StopIteration:
                        return
                payload = None
                try:
                    payload = render(item)
                    size = upload(payload)
                except BaseException as error:
                    errors.append(error)
                    stop.set()
                    finished.set()  # wake the caller now
                    return
                finally:
                    payload = None
                with sum_lock:
                    total[0] += size
        finally:
            with sum_lock:
                alive[0] -= 1
                if alive[0] == 0:
                    finished.set()

    for _ in range(workers):
        threading.Thread(target=worker, daemon=True).start()
    finished.wait()
    if errors:
        raise errors[0]
    return total[0]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised it while [\d,.]+ tasks? (?:was|were) still running|[\d,.]+ uploads? began after pipeline raised"
