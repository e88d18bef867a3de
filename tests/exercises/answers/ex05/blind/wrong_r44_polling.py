# Written from the student copy alone, without seeing the check or the solution.
# WRONG: idle workers poll the queue with get_nowait() in a loop, spinning the CPU while the stream is slow.
import queue
import threading


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)
    done = threading.Event()
    failed = threading.Event()
    totals = [0] * workers
    errors = []

    def work(slot):
        total = 0
        while True:
            try:
                item = q.get_nowait()
            except queue.Empty:
                if done.is_set():
                    break
                continue  # nothing yet: try again
            if not failed.is_set():
                try:
                    total += process(item)
                except BaseException as exc:
                    errors.append(exc)
                    failed.set()
            del item
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:
            if failed.is_set():
                break
            q.put(item)
            del item
    except BaseException as exc:
        errors.append(exc)
        failed.set()
    finally:
        done.set()
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return sum(totals)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while its workers waited for a slow stream \(an item every [\d,.]+ ms\), your process_stream used [\d,.]+ s of CPU time"
