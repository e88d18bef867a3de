# Written from the student copy alone, without seeing the check or the solution.
# Approach: keep the colleague's two pools but stop the hidden queue: the render stage is a
# WorkerPool whose map yields payloads lazily (a small in_flight, `workers`), and the main
# thread hands each payload to the upload executor only when one of at most `workers`
# upload futures has finished (a deque window of futures, oldest first). Upload futures
# return ints and do not hold payloads once finished; the main thread drops its reference
# right after submitting. All uploads are waited for before returning or raising.
import concurrent.futures
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    total = 0
    window = deque()
    with ThreadPoolExecutor(max_workers=workers) as uploads:
        try:
            with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
                rendered = renderers.map(render, items, in_flight=workers)
                for payload in rendered:
                    while len(window) >= workers:
                        total += window.popleft().result()
                    window.append(uploads.submit(upload, payload))
                    del payload
            while window:
                total += window.popleft().result()
        finally:
            concurrent.futures.wait(list(window))
    return total
