# Written from the student copy alone, without seeing the check or the solution.
# Written as WRONG (the copy asks for a queue.Queue(maxsize=queue_size)); RIGHT by what the check can measure and the copy now says: an unbounded queue and a BoundedSemaphore of workers + queue_size, released when a task finishes, bound the loop to the same count.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    tasks = queue.Queue()
    room = threading.BoundedSemaphore(workers + queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def worker():
        while True:
            task = tasks.get()
            if task is None:
                break
            index, item = task
            try:
                results[index] = fn(item)
            except Exception as exc:
                with lock:
                    errors.append(exc)
            finally:
                room.release()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    count = 0
    try:
        for index, item in enumerate(items):
            room.acquire()
            tasks.put((index, item))
            count = index + 1
    finally:
        for _ in threads:
            tasks.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]
