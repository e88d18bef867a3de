# Written from the student copy alone, without seeing the check or the solution.
# Written as WRONG; RIGHT by the copy as it now reads (what is kept of an item after its task is not exercise 1's contract): it keeps every item it takes in a list.
import threading


def bounded_spawn(fn, items, limit):
    permits = threading.Semaphore(limit)
    taken = []
    results = {}
    errors = []
    threads = []

    def run(index):
        try:
            results[index] = fn(taken[index])
        except BaseException as exc:
            errors.append(exc)
        finally:
            permits.release()

    for item in items:
        permits.acquire()
        taken.append(item)
        thread = threading.Thread(target=run, args=(len(taken) - 1,))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[i] for i in range(len(taken))]
