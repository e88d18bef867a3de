# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the caller's thread reads the stream into a queue.Queue(maxsize=workers); workers block on get(); sentinels stop them; errors re-raised after join.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    q = queue.Queue(maxsize=workers)  # put() blocks when full: backpressure on the stream
    totals = [0] * workers
    errors = []
    failed = threading.Event()

    def work(slot):
        total = 0
        while True:
            item = q.get()  # blocking: no CPU while waiting
            if item is _STOP:
                break
            if not failed.is_set():  # after a failure, drain without processing
                try:
                    total += process(item)
                except BaseException as exc:
                    errors.append(exc)
                    failed.set()
            del item  # drop the payload as soon as its work is done
        totals[slot] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    try:
        for item in items:  # only this thread advances the generator
            if failed.is_set():
                break
            q.put(item)
            del item
    except BaseException as exc:  # the stream itself failed
        errors.append(exc)
        failed.set()
    finally:
        for _ in threads:
            q.put(_STOP)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return sum(totals)
