# Written from the student copy alone, without seeing the check or the solution.
# WRONG (error swallowed): a worker that hits an exception skips the item ("count it as
# 0") and goes on, so the caller gets a smaller sum and no sign that anything failed.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    sums = []

    def worker():
        subtotal = 0
        while (item := tasks.get()) is not None:
            try:
                subtotal += process(item)
            except Exception:
                pass
        sums.append(subtotal)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            tasks.put(item)
    finally:
        for _ in threads:
            tasks.put(None)
        for thread in threads:
            thread.join()
    return sum(sums)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process raised PlantedError\('process failed on item [\d,.]+ on purpose'\), but"
