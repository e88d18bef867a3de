# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: a Semaphore(2 × workers) taken before rendering, released when the upload's future is done.
import concurrent.futures as cf
import threading


def pipeline(items, render, upload, workers):
    slots = threading.Semaphore(2 * workers)
    futures = []
    with cf.ThreadPoolExecutor(max_workers=workers) as executor:
        for item in items:
            slots.acquire()  # taken before rendering: at most 2 × workers payloads alive
            futures.append(executor.submit(upload, render(item)))
            futures[-1].add_done_callback(lambda _: slots.release())
    return sum(future.result() for future in futures)
