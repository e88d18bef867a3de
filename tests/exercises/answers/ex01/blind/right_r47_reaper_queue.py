# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Semaphore bounds the spawner; each thread announces its end on a SimpleQueue and the spawner joins finished threads as it goes, then joins the rest.
import queue
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    finished = queue.SimpleQueue()
    results = []
    first_error = []
    error_lock = threading.Lock()
    running = set()

    def run(index, item):
        try:
            value = fn(item)
        except BaseException as exc:
            with error_lock:
                if not first_error:
                    first_error.append(exc)
        else:
            results[index] = value
        finally:
            me = threading.current_thread()
            permits.release()
            finished.put(me)

    def reap(block):
        while running:
            try:
                thread = finished.get(block=block)
            except queue.Empty:
                return
            thread.join()
            running.discard(thread)

    try:
        for index, item in enumerate(items):
            permits.acquire()
            reap(block=False)
            results.append(None)
            thread = threading.Thread(target=run, args=(index, item))
            running.add(thread)
            thread.start()
            del item
    finally:
        reap(block=True)
    if first_error:
        raise first_error[0]
    return results
