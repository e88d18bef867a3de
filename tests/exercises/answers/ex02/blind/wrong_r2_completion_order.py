# Written from the student copy alone, without seeing the check or the solution.
# WRONG: workers append results to a list as they finish; the index from the pair
# is ignored, so results are in completion order. Breaks: "It returns
# `[fn(item) for item in items]` in input order" / "Return every result, in the
# order of the input, whatever order the tasks finish in."
import queue
import threading


def pool_map(fn, items, workers, queue_size):
    q = queue.Queue(maxsize=queue_size)
    results = []
    errors = []

    def worker():
        while True:
            task = q.get()
            if task is None:
                return
            _, x = task
            try:
                results.append(fn(x))
            except Exception as e:
                errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    try:
        for i, x in enumerate(items):
            q.put((i, x))
    finally:
        for _ in threads:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_map returned .*; expected the [\d,.]+ results in input order, .*\. Yours are the right results, in another order"
