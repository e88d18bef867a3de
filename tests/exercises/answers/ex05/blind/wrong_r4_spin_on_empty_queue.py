# Written from the student copy alone, without seeing the check or the solution.
# WRONG: bounded queue, right sum and errors, but the workers use get_nowait()
# and loop again at once when the queue is empty, checking a "done" flag to know
# when to stop (no sentinels). Breaks "A worker with nothing to do waits without
# using the CPU: in a blocking call ... not in a loop that polls": on a slow
# stream eight threads spin and burn CPU.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    done = threading.Event()
    stop = threading.Event()
    total = [0]
    lock = threading.Lock()
    errors = []

    def work():
        while not stop.is_set():
            try:
                item = tasks.get_nowait()
            except queue.Empty:
                if done.is_set():
                    return
                continue
            try:
                value = process(item)
            except Exception as exc:
                errors.append(exc)
                stop.set()
                return
            with lock:
                total[0] += value

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            while not stop.is_set():
                try:
                    tasks.put(item, timeout=0.05)
                    break
                except queue.Full:
                    pass
            if stop.is_set():
                break
    finally:
        done.set()
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return total[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream used [\d.]+ s of CPU time per second \(at most 0\.3 expected\): a worker with nothing to do spins"
