# Written from the student copy alone, without seeing the check or the solution.
# Its writer marked it WRONG (it goes on uploading after an upload failed, and raises at the end); the course
# keeps it as right for now: exercise 7's copy asks that the error reach the caller once no upload runs and
# that none begins after, not that the answer stop early, as exercise 6's copy does for the items it takes.
# WRONG: no stop on failure: the first error is kept, but the remaining items are still rendered and uploaded, and only raised at the end.
import threading


def pipeline(items, render, upload, workers):
    source = iter(items)
    take_lock = threading.Lock()
    sum_lock = threading.Lock()
    errors = []
    total = [0]

    def worker():
        while True:
            with take_lock:
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
                continue
            finally:
                payload = None
            with sum_lock:
                total[0] += size

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return total[0]
