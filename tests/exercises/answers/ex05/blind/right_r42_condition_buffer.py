# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a hand-written bounded buffer (deque + threading.Condition, at most `workers` items) between the caller and `workers` threads; all waits are Condition.wait(); threads joined before returning or raising.
import collections
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    buf = collections.deque()
    cond = threading.Condition()
    state = {"finished": False, "failed": False}
    errors = []
    total = 0

    def worker():
        nonlocal total
        while True:
            with cond:
                while not buf and not state["finished"]:
                    cond.wait()
                if not buf:  # finished and nothing left
                    return
                item = buf.popleft()
                skip = state["failed"]
                cond.notify_all()  # a slot is free for the producer
            if skip:
                item = None
                continue
            try:
                result = process(item)
            except BaseException as exc:
                with cond:
                    errors.append(exc)
                    state["failed"] = True
                    cond.notify_all()
            else:
                with cond:
                    total += result
            item = None

    threads = [threading.Thread(target=worker, name=f"stream-worker-{i}") for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            with cond:
                while len(buf) >= workers and not state["failed"]:
                    cond.wait()
                if state["failed"]:
                    break
                buf.append(item)
                cond.notify_all()
            item = None
    finally:
        with cond:
            state["finished"] = True
            cond.notify_all()
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return total
