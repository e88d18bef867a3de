# Written from the student copy alone, without seeing the check or the solution.
# WRONG: workers poll queue.get_nowait() in a loop and retry on queue.Empty, so a worker waiting for a slow stream spins and burns a CPU.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    done_feeding = threading.Event()
    lock = threading.Lock()
    state = {"total": 0, "error": None}

    def work():
        while True:
            try:
                item = tasks.get_nowait()
            except queue.Empty:
                if done_feeding.is_set():
                    return
                continue  # spin until something arrives
            try:
                if state["error"] is None:
                    size = process(item)
                    with lock:
                        state["total"] += size
            except BaseException as error:
                with lock:
                    state["error"] = state["error"] or error
            del item

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:
            if state["error"] is not None:
                break
            tasks.put(item)
            del item
    finally:
        done_feeding.set()
        for thread in threads:
            thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while its workers waited for a slow stream \(an item every [\d,.]+ ms\), your process_stream used [\d,.]+ s of CPU time"
