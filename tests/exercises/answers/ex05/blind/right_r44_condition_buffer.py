# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: hand-made bounded buffer: a deque guarded by one Lock with two Conditions (not_full for the reader, not_empty for the workers).
import threading
from collections import deque


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    buffer = deque()
    lock = threading.Lock()
    not_empty = threading.Condition(lock)
    not_full = threading.Condition(lock)
    limit = workers
    state = {"closed": False, "error": None}
    totals = [0] * workers

    def fail(exc):  # called with the lock held
        if state["error"] is None:
            state["error"] = exc
        buffer.clear()  # nothing more will be processed: free the waiting payloads
        state["closed"] = True
        not_empty.notify_all()
        not_full.notify_all()

    def work(slot):
        total = 0
        while True:
            with lock:
                while not buffer and not state["closed"]:
                    not_empty.wait()
                if not buffer:  # closed and drained
                    break
                item = buffer.popleft()
                not_full.notify()
            try:
                value = process(item)
            except BaseException as exc:
                with lock:
                    fail(exc)
                break
            finally:
                del item
            total += value
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            with lock:
                while len(buffer) >= limit and state["error"] is None:
                    not_full.wait()
                if state["error"] is not None:
                    break
                buffer.append(item)
                not_empty.notify()
            del item
    except BaseException as exc:  # the stream itself failed
        with lock:
            fail(exc)
    finally:
        with lock:
            state["closed"] = True
            not_empty.notify_all()
        for t in threads:
            t.join()
    if state["error"] is not None:
        raise state["error"]
    return sum(totals)
