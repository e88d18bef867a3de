# Written from the student copy alone, without seeing the check or the solution.
# Right: keeps only the first exception (set once under a lock), results in a list extended by the feeder before each put, sentinels sent and workers joined in finally.
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    out = []
    first_error = [None]
    guard = threading.Lock()

    def work():
        while (task := q.get()) is not None:
            i, x = task
            try:
                out[i] = fn(x)
            except Exception as e:
                with guard:
                    if first_error[0] is None:
                        first_error[0] = e

    threads = []
    for _ in range(workers):
        threads.append(threading.Thread(target=work))
        threads[-1].start()
    try:
        for x in items:
            out.append(None)  # reserve the slot before the task can run
            q.put((len(out) - 1, x))
    finally:
        for _ in range(workers):
            q.put(None)
        for t in threads:
            t.join()
    if first_error[0] is not None:
        raise first_error[0]
    return out
