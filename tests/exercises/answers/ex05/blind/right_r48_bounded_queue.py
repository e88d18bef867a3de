# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the calling thread reads the stream into a queue.Queue(maxsize=workers); workers block on get(), one sentinel each, an error stops the feed, all joined before return or raise.
import queue
import threading

_STOP = object()


def process_stream(items, process, workers):
    """Return sum(process(item) for item in items), computed by `workers` threads in bounded memory."""
    tasks = queue.Queue(maxsize=workers)
    failed = threading.Event()
    errors = []
    totals = [0] * workers

    def work(index):
        while True:
            item = tasks.get()  # blocks: no CPU while waiting
            if item is _STOP:
                return
            if failed.is_set():  # drain without processing, so the feeder never blocks forever
                del item
                continue
            try:
                totals[index] += process(item)
            except BaseException as error:  # hand it to the caller
                errors.append(error)
                failed.set()
            del item  # drop the payload as soon as its work is done

    threads = [threading.Thread(target=work, args=(i,), name=f"stream-worker-{i}") for i in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for item in items:  # only this thread advances the generator
            if failed.is_set():
                break
            tasks.put(item)  # blocks while the queue is full: backpressure
            del item
    except BaseException as error:  # the stream itself failed
        errors.append(error)
        failed.set()
    finally:
        for _ in threads:
            tasks.put(_STOP)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return sum(totals)
