# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: BoundedSemaphore acquired before each start and released in finally; finished threads joined and dropped as the loop goes, result slots in a list, the rest joined at the end.
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.BoundedSemaphore(limit)
    results = []
    first_error = []
    error_lock = threading.Lock()
    live = []

    def run(slot, item):
        try:
            results[slot] = fn(item)
        except BaseException as exc:
            with error_lock:
                if not first_error:
                    first_error.append(exc)
        finally:
            permits.release()

    try:
        for item in items:
            permits.acquire()
            # join (instantly) the threads that have already exited, so the list stays short
            still = []
            for thread in live:
                if thread.is_alive():
                    still.append(thread)
                else:
                    thread.join()
            live = still
            results.append(None)
            thread = threading.Thread(target=run, args=(len(results) - 1, item), daemon=False)
            try:
                thread.start()
            except BaseException:
                permits.release()
                raise
            live.append(thread)
    finally:
        for thread in live:
            thread.join()
    if first_error:
        raise first_error[0]
    return results
