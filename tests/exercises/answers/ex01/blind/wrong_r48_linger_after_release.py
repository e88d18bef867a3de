# Written from the student copy alone, without seeing the check or the solution.
# WRONG: after giving its permit back each thread waits to hand its result through a one-place queue that is drained only after spawning, so finished threads stay alive and pile up past 2 x limit.
import queue
import threading


def bounded_spawn(fn, items, limit):
    """Return [fn(item) for item in items], one thread per item, at most `limit` alive at once."""
    permits = threading.Semaphore(limit)
    handoff = queue.Queue(maxsize=1)
    threads = []

    def run(index, item):
        try:
            outcome = (index, True, fn(item))
        except BaseException as exc:
            outcome = (index, False, exc)
        finally:
            permits.release()
        handoff.put(outcome)

    for index, item in enumerate(items):
        permits.acquire()
        thread = threading.Thread(target=run, args=(index, item))
        thread.start()
        threads.append(thread)
    collected = {}
    for _ in threads:
        index, ok, value = handoff.get()
        collected[index] = (ok, value)
    for thread in threads:
        thread.join()
    for index in range(len(threads)):
        ok, value = collected[index]
        if not ok:
            raise value
    return [collected[i][1] for i in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner had [\d,.]+ threads alive at once, counting those whose task had ended"
