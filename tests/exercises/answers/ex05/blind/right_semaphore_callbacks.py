# Written from the student copy alone, without seeing the check or the solution.
# Right: a ThreadPoolExecutor guarded by a Semaphore of 2 x workers permits. The feeding
# loop takes a permit before it takes the next item; a done-callback adds the result to
# the total (under a lock) and gives the permit back. No future is kept. The first error
# stops the feeding and is raised after the executor has finished every submitted task.
import threading
from concurrent.futures import ThreadPoolExecutor

_END = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    permits = threading.Semaphore(2 * workers)
    lock = threading.Lock()
    total = 0
    errors = []

    def finished(future):
        nonlocal total
        try:
            value = future.result()
            with lock:
                total += value
        except BaseException as error:
            errors.append(error)
        finally:
            permits.release()

    source = iter(items)
    with ThreadPoolExecutor(max_workers=workers) as executor:
        while not errors:
            permits.acquire()
            item = next(source, _END)
            if item is _END:
                break
            executor.submit(process, item).add_done_callback(finished)
            item = None
    if errors:
        raise errors[0]
    return total
