# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (a reviewer's probe, once the checks were strict): `limit` threads that take item after item
# from a shared iterator: bounded, ordered, errors kept, but not a thread per item, which the
# exercise asks for (a pool is exercise 2).
import threading


def bounded_spawn(fn, items, limit):
    jobs = enumerate(items)
    lock = threading.Lock()
    results, errors = {}, []

    def work():
        while True:
            with lock:
                job = next(jobs, None)
            if job is None:
                return
            try:
                results[job[0]] = fn(job[1])
            except Exception as error:
                errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(limit)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[index] for index in range(len(results))]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your spawner ran its 24 tasks in [\d]+ threads; the exercise is a thread per item"
