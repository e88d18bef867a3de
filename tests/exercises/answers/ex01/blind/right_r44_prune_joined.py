# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Semaphore permit per thread; the spawning loop also joins and drops threads that have already ended, so its list stays short; results go into a placeholder list grown as items are read; the first error is kept in a locked holder and raised after every thread is joined.
import threading

_PENDING = object()


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    results = []
    first_error = []
    error_lock = threading.Lock()
    live = []

    def job(index, item):
        try:
            results[index] = fn(item)
        except Exception as exc:
            with error_lock:
                if not first_error:
                    first_error.append(exc)
        finally:
            permits.release()

    def reap():
        still = []
        for thread in live:
            if thread.is_alive():
                still.append(thread)
            else:
                thread.join()
        live[:] = still

    try:
        for index, item in enumerate(items):
            results.append(_PENDING)
            permits.acquire()
            reap()
            thread = threading.Thread(target=job, args=(index, item))
            try:
                thread.start()
            except BaseException:
                permits.release()
                raise
            live.append(thread)
    finally:
        for thread in live:
            thread.join()
        live.clear()

    if first_error:
        raise first_error[0]
    return results
