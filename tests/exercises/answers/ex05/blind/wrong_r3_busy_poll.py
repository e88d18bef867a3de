# Written from the student copy alone, without seeing the check or the solution.
# WRONG: breaks "A worker with nothing to do waits without using the CPU: in a blocking call
# (queue.get(), future.result()), not in a loop that polls": idle workers spin on get_nowait(),
# catching queue.Empty and trying again, which burns a CPU while a slow stream makes its next item.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    lock = threading.Lock()
    total = [0]
    errors = []
    finished = threading.Event()

    def work():
        while True:
            try:
                item = tasks.get_nowait()
            except queue.Empty:
                if finished.is_set() and tasks.empty():
                    return
                continue  # nothing yet: look again
            try:
                value = process(item)
            except BaseException as error:  # noqa: BLE001
                with lock:
                    errors.append(error)
                continue
            finally:
                del item
            with lock:
                total[0] += value

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if errors:
                break
            tasks.put(item)
            del item
    finally:
        finished.set()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return total[0]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your process_stream used [\d.]+ s of CPU time per second \(at most 0\.3 expected\): a worker with nothing to do spins"
