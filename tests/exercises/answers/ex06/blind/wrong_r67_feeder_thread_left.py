# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a feeder thread takes items and submits them while the caller collects results in order; when a task raises, the caller raises at once and the feeder stays blocked for ever waiting for a place.
# Breaks: "Once it has returned or raised, nothing of yours goes on: it takes no item from `items` after that, and no thread it started is still alive a moment later"
import queue
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    places = threading.Semaphore(window)
    submitted = queue.Queue()
    finished = object()

    def feed():
        for item in items:
            places.acquire()
            submitted.put(executor.submit(fn, item))
        submitted.put(finished)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    results = []
    while True:
        future = submitted.get()
        if future is finished:
            break
        results.append(future.result())  # raises fn's exception
        places.release()
    feeder.join()
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
# Its feeder thread, blocked for a place, is alive after the call raised; on a busy machine it may not have taken
# another item by the time the check looks, and the check names the thread instead: the same broken rule.
FAILS_WITH = (r"windowed_map took [\d,.]+ more items? from the input after it raised: work its caller believes is over\. Hint: take and submit items in the calling"
              r"|1 thread that windowed_map started was still alive [\d,.]+ s after it raised; none may outlive the call")
# It leaves threads of its own running, blocked for ever: run it in a process of its own.
RUN_ALONE = True
