# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a hand-made bounded buffer (collections.deque + threading.Condition):
# the calling thread takes items and waits on the condition while the buffer
# holds `workers` items; workers wait on the condition while it is empty (no
# polling); a `closed` flag ends them. Close and join in finally; the first error
# (kept under the condition's lock) is raised after every worker ended.
import collections
import threading


def process_stream(items, process, workers):
    buf = collections.deque()
    cond = threading.Condition()
    closed = False
    totals = []
    errors = []

    def worker():
        local = 0
        while True:
            with cond:
                while not buf and not closed:
                    cond.wait()
                if not buf:
                    break
                item = buf.popleft()
                cond.notify_all()
            try:
                local += process(item)
            except BaseException as e:
                with cond:
                    errors.append(e)
            item = None
        with cond:
            totals.append(local)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            with cond:
                while len(buf) >= workers:
                    cond.wait()
                buf.append(item)
                cond.notify_all()
            item = None
    finally:
        with cond:
            closed = True
            cond.notify_all()
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return sum(totals)
