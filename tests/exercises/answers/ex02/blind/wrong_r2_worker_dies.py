# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the worker keeps the exception but then leaves its loop (stops taking
# tasks) instead of going on with the next task; with every worker dead, the
# feeder's put() blocks for ever once the queue is full (MAY HANG; the check says
# it gives up after a few seconds). Breaks: "A worker catches a task's exception,
# keeps it, and goes on with the next task."
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = {}
    errors = []

    def worker():
        while True:
            task = q.get()
            if task is None:
                return
            i, x = task
            try:
                results[i] = fn(x)
            except Exception as e:
                errors.append(e)
                return

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    n = 0
    try:
        for i, x in enumerate(items):
            q.put((i, x))
            n = i + 1
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(n)]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_map did not finish [\d,.]+ tasks within [\d,.]+ s: .* does a worker leave its loop when a task raises\?"
# It leaves threads blocked for ever, which no test can release: it runs in a process of its own.
RUN_ALONE = True
