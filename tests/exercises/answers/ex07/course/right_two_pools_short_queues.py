# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: two WorkerPools, each with a queue of `workers`: a full upload queue makes the renderer's submit wait.
import queue

from pool_lab import WorkerPool


def pipeline(items, render, upload, workers):
    # Short queues: WorkerPool's default queue (64) would hold 64 rendered payloads.
    with WorkerPool(max_workers=workers, queue_size=workers) as uploaders:

        def render_then_upload(item):
            # A full upload queue makes this submit wait, so the renderers slow down to the uploads' pace.
            return uploaders.submit(upload, render(item))

        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            return sum(future.result() for future in renderers.map(render_then_upload, items))
