# Written from the student copy alone, without seeing the check or the solution.
# Wrong: threads not reused; items go through the queue in waves of `workers` fresh threads, each taking one task and exiting, joined before the next wave.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []
    lock = threading.Lock()

    def one_task():
        task = q.get()
        if task is None:
            return
        index, item = task
        try:
            results[index] = fn(item)
        except Exception as exc:
            with lock:
                errors.append(exc)

    def wave(n):
        threads = [threading.Thread(target=one_task) for _ in range(n)]
        for t in threads:
            t.start()
        return threads

    count = 0
    pending = 0
    current = []
    try:
        for index, item in enumerate(items):
            if pending == 0:
                current = wave(workers)
                pending = workers
            q.put((index, item))
            pending -= 1
            count += 1
            if pending == 0:
                for t in current:
                    t.join()
                current = []
    finally:
        for _ in range(pending):
            q.put(None)
        for t in current:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(count)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pool ran its 32 tasks in [\d,]+ different threads"
