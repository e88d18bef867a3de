# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: a Semaphore(window) taken before each submit, released by the future's done-callback.
import threading


def windowed_map(executor, fn, items, window):
    slots = threading.Semaphore(window)
    futures = []
    for item in items:
        slots.acquire()
        futures.append(executor.submit(fn, item))
        futures[-1].add_done_callback(lambda _: slots.release())
    return [future.result() for future in futures]
