# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: a Condition and a count of threads alive, taken before each start and given back as each task
# ends, which bounds the threads; but a task that raises kills its thread, and its result stays None: the
# exception never reaches the caller. (Until the checks made a task raise, it was kept as right.)
import threading


def bounded_spawn(fn, items, limit):
    results = {}
    alive = threading.Condition()
    running = [0]

    def run(i, item):
        try:
            results[i] = fn(item)
        finally:
            with alive:
                running[0] -= 1
                alive.notify()

    threads = []
    for i, item in enumerate(items):
        with alive:
            alive.wait_for(lambda: running[0] < limit)
            running[0] += 1
        threads.append(threading.Thread(target=run, args=(i, item)))
        threads[-1].start()
    for thread in threads:
        thread.join()
    return [results.get(i) for i in range(len(threads))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"task [\d,.]+ raised PlantedError\('task [\d,.]+ failed on purpose'\), but bounded_spawn\(fn,"
