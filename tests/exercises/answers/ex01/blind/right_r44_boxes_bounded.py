# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: BoundedSemaphore permit per thread; each item gets its own [ok, value] box appended in input order, the thread fills its box, and after joining all the first failed box (in input order) is raised.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.BoundedSemaphore(limit)
    boxes = []
    threads = []

    def work(box, item):
        try:
            box[1] = fn(item)
            box[0] = True
        except BaseException as exc:
            box[1] = exc
            box[0] = False
        finally:
            permits.release()

    try:
        for item in items:
            box = [None, None]
            boxes.append(box)
            permits.acquire()
            worker = threading.Thread(target=work, args=(box, item), daemon=False)
            try:
                worker.start()
            except BaseException:
                boxes.pop()
                permits.release()
                raise
            threads.append(worker)
    finally:
        for worker in threads:
            worker.join()

    for ok, value in boxes:
        if not ok:
            raise value
    return [value for _, value in boxes]
