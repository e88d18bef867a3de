# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the permit is taken before the next item is even read (next() by hand); results in a dict by index, errors in a SimpleQueue, all threads joined in a finally.
import queue
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = {}
    errors = queue.SimpleQueue()
    threads = []
    iterator = iter(items)

    def run(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            errors.put(exc)
        finally:
            permits.release()

    try:
        index = 0
        while True:
            permits.acquire()
            try:
                item = next(iterator)
            except StopIteration:
                permits.release()
                break
            thread = threading.Thread(target=run, args=(index, item), daemon=False)
            threads.append(thread)
            thread.start()
            del item
            index += 1
    finally:
        for thread in threads:
            thread.join()
    if not errors.empty():
        raise errors.get()
    return [results[i] for i in range(len(threads))]
