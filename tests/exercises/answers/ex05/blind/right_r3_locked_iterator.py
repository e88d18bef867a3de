# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: no queue at all: `workers` threads share the iterator and each takes its next item under a
# lock only when it is free, so at most `workers` items are alive. Waiting is blocking (the lock, join).
# On the first error the others stop taking items; every thread is joined before the error is raised.
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    iterator = iter(items)
    take = threading.Lock()
    results = threading.Lock()
    state = {"total": 0, "error": None}
    stop = threading.Event()
    end = object()

    def work():
        subtotal = 0
        try:
            while not stop.is_set():
                with take:
                    if stop.is_set():
                        break
                    item = next(iterator, end)
                if item is end:
                    break
                subtotal += process(item)
                del item
        except BaseException as error:  # noqa: BLE001 - handed to the caller below
            with results:
                if state["error"] is None:
                    state["error"] = error
            stop.set()
        with results:
            state["total"] += subtotal

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
