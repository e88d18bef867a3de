# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the caller makes a concurrent.futures.Future per item (kept in a list by index)
# before putting the (index, item) pair in a queue.Queue(maxsize=queue_size); `workers`
# threads loop with iter(tasks.get, None) and settle the future of each pair; one None
# sentinel per worker; results read from the futures in input order after the join; the
# first exception caught (in time) is recorded under a lock and raised.
import queue
import threading
from concurrent.futures import Future


def pool_map(fn, items, workers, queue_size):
    """Return [fn(item) for item in items], run by `workers` threads fed through a queue of `queue_size`."""
    tasks = queue.Queue(maxsize=queue_size)
    futures = []
    first_error = []
    lock = threading.Lock()

    def worker():
        for index, item in iter(tasks.get, None):  # stops at this worker's sentinel
            future = futures[index]  # appended by the caller before the pair was put
            try:
                future.set_result(fn(item))
            except Exception as exc:
                with lock:
                    if not first_error:
                        first_error.append(exc)
                future.set_exception(exc)
            item = future = None

    threads = []
    try:
        for _ in range(workers):
            thread = threading.Thread(target=worker)
            thread.start()
            threads.append(thread)
        for item in items:
            futures.append(Future())
            tasks.put((len(futures) - 1, item))
        item = None
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    if first_error:
        raise first_error[0]
    return [future.result() for future in futures]
