# Written from the student copy alone, without seeing the check or the solution.
# WRONG ("done" does not mean done): the caller waits with tasks.join(), but the worker
# calls task_done() as soon as it takes an item, before processing it. join() returns
# while the last items are still being processed, and the sum is read too early: the last
# few results are missing (the daemon workers are never stopped either, and an exception
# in process() kills its worker without reaching the caller: no one collects it).
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = 0

    def worker():
        nonlocal total
        while True:
            item = tasks.get()
            tasks.task_done()
            value = process(item)
            with lock:
                total += value

    for _ in range(workers):
        threading.Thread(target=worker, daemon=True).start()
    for item in items:
        tasks.put(item)
    tasks.join()
    return total


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"process_stream returned when [\d,.]+ of [\d,.]+ items had been processed \([\d,.]+"
# It leaves threads blocked for ever, which no test can release: the test runs it in a process of its own.
RUN_ALONE = True
