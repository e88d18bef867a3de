# Written from the student copy alone, without seeing the check or the solution.
# Wrong: the workers pull items straight from the shared iterator (under a lock) instead of pool_map reading it and feeding the queue; the queue is created but unused.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)  # noqa: F841 (unused)
    results = {}
    errors = []
    lock = threading.Lock()
    source = enumerate(items)
    read_error = []

    def worker():
        while True:
            with lock:
                try:
                    index, item = next(source)
                except StopIteration:
                    return
                except Exception as exc:
                    read_error.append(exc)
                    return
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if read_error:
        raise read_error[0]
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"[\d,]+ threads other than the one that called pool_map took items from the input"
