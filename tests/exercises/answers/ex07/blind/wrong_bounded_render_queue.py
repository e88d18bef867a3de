# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the student bounds the wrong queue. The renderers' WorkerPool gets queue_size=1, but the
# uploads still go to a ThreadPoolExecutor whose submit never waits: rendering (0.2 ms) outruns the
# uploads (3 ms), so rendered payloads pile up in the executor's unbounded queue, and every future
# is kept in a list as well. It "looks bounded" twice over.
from concurrent.futures import ThreadPoolExecutor

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    """Return the sum of upload(render(item)) over items, with a bounded number of payloads alive."""
    uploads = ThreadPoolExecutor(max_workers=workers)
    futures = []

    def render_then_upload(item):
        futures.append(uploads.submit(upload, render(item)))

    with WorkerPool(max_workers=workers, queue_size=1) as renderers:
        for _ in renderers.map(render_then_upload, items):
            pass
    uploads.shutdown(wait=True)
    return sum(future.result() for future in futures)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your pipeline had [\d,.]+ payloads alive at once \(of [\d,.]+\); with [\d,.]+ workers a stage,"
