# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the permits are tokens in a queue.Queue(maxsize=limit) used as a
# counting semaphore (the Go buffered-channel-as-semaphore idiom): the spawner
# put()s a token (blocks when limit are out) before starting each thread; the
# thread get()s one back in finally. Errors kept per index; all joined; the
# first-raised exception re-raised.
import queue
import threading
import time


def bounded_spawn(fn, items, limit):
    tokens = queue.Queue(maxsize=limit)
    results = {}
    errors = []  # (time, exception)
    lock = threading.Lock()
    threads = []

    def run(i, x):
        try:
            results[i] = fn(x)
        except BaseException as e:
            with lock:
                errors.append((time.monotonic(), e))
        finally:
            tokens.get()

    count = 0
    for x in items:
        tokens.put(True)
        t = threading.Thread(target=run, args=(count, x))
        t.start()
        threads.append(t)
        count += 1
    for t in threads:
        t.join()
    if errors:
        raise min(errors, key=lambda p: p[0])[1]
    return [results[i] for i in range(count)]
