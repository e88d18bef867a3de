# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a hand-made bounded buffer (collections.deque guarded by one threading.Condition) filled by a dedicated reader thread; workers wait on the condition, never poll.
import collections
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    buffer = collections.deque()
    capacity = workers
    changed = threading.Condition()
    state = {"total": 0, "error": None, "ended": False}

    def read():  # the only thread that advances the generator; it calls no process
        try:
            for item in items:
                with changed:
                    while len(buffer) >= capacity and state["error"] is None:
                        changed.wait()
                    if state["error"] is not None:
                        return
                    buffer.append(item)
                    changed.notify_all()
                del item
        except BaseException as error:
            with changed:
                if state["error"] is None:
                    state["error"] = error
        finally:
            with changed:
                state["ended"] = True
                changed.notify_all()

    def work():
        while True:
            with changed:
                while not buffer and not state["ended"] and state["error"] is None:
                    changed.wait()
                if state["error"] is not None or not buffer:
                    return
                item = buffer.popleft()
                changed.notify_all()  # a place is free for the reader
            try:
                size = process(item)
            except BaseException as error:
                with changed:
                    if state["error"] is None:
                        state["error"] = error
                    buffer.clear()
                    changed.notify_all()
                return
            finally:
                del item
            with changed:
                state["total"] += size

    threads = [threading.Thread(target=read, name="stream-reader")]
    threads += [threading.Thread(target=work, name=f"stream-worker-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if state["error"] is not None:
        raise state["error"]
    return state["total"]
