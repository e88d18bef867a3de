# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: no feeder: each of the workers threads takes the next item itself, next(items) under a Lock, processes it, and loops; the first error stops the others taking more.
import threading

_END = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    iterator = iter(items)
    take_lock = threading.Lock()
    total_lock = threading.Lock()
    state = {"total": 0, "error": None}

    def take():
        with take_lock:  # one thread at a time advances the generator
            if state["error"] is not None:
                return _END
            try:
                return next(iterator, _END)
            except BaseException as error:
                state["error"] = error
                return _END

    def work():
        while True:
            item = take()
            if item is _END:
                return
            try:
                size = process(item)
            except BaseException as error:
                with take_lock:
                    if state["error"] is None:
                        state["error"] = error
                return
            finally:
                del item
            with total_lock:
                state["total"] += size

    threads = [threading.Thread(target=work, name=f"stream-worker-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
