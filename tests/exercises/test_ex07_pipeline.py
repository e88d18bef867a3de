"""Exercise 7, ``pipeline``: the pipeline without its hidden queue."""

from __future__ import annotations

import concurrent.futures as cf
import threading

import pytest

from pool_lab import WorkerPool, check_pipeline

pytestmark = pytest.mark.timeout(60)


def test_pipeline_reference_passes_and_the_colleagues_code_does_not(capsys, no_leftovers, reference, fails_fast):
    assert check_pipeline(reference()).passed
    assert "Exercise 7 (pipeline) passed" in capsys.readouterr().out
    colleagues = reference("colleagues_pipeline")
    message = fails_fast(check_pipeline, colleagues, r"had \d+ payloads rendered and not yet uploaded at once")
    assert "at most 14 should be" in message


def two_bounded_pools(items, render, upload, workers):
    # Short queues: WorkerPool's default queue (64) would hold 64 rendered payloads.
    with WorkerPool(max_workers=workers, queue_size=workers) as uploaders:

        def render_then_upload(item):
            # A full upload queue makes this submit wait, so the renderers slow down to the uploads' pace.
            return uploaders.submit(upload, render(item))

        with WorkerPool(max_workers=workers, queue_size=workers) as renderers:
            return sum(future.result() for future in renderers.map(render_then_upload, items))


def executor_behind_a_semaphore(items, render, upload, workers):
    slots = threading.Semaphore(2 * workers)
    futures = []
    with cf.ThreadPoolExecutor(max_workers=workers) as executor:
        for item in items:
            slots.acquire()  # taken before rendering: at most 2 × workers payloads alive
            futures.append(executor.submit(upload, render(item)))
            futures[-1].add_done_callback(lambda _: slots.release())
    return sum(future.result() for future in futures)


def two_executors(items, render, upload, workers):
    with cf.ThreadPoolExecutor(workers) as renderers, cf.ThreadPoolExecutor(workers) as uploaders:
        payloads = renderers.map(render, items)
        return sum(uploaders.map(upload, payloads))


def uploads_one_by_one(items, render, upload, workers):
    return sum(upload(render(item)) for item in items)


def counts_the_uploads(items, render, upload, workers):
    with WorkerPool(max_workers=workers) as pool:
        return len([size for size in pool.map(lambda item: upload(render(item)), items)])


@pytest.mark.parametrize("answer", [two_bounded_pools, executor_behind_a_semaphore])
def test_pipeline_accepts_other_right_answers(answer, no_leftovers):
    assert check_pipeline(answer).passed


@pytest.mark.parametrize("answer, match", [
    (two_executors, r"payloads rendered and not yet uploaded at once"),
    (uploads_one_by_one, r"never ran more than one upload at once"),
    (counts_the_uploads, r"pipeline returned 300 after uploading 300 of 300 payloads"),
], ids=["two-executors", "one-by-one", "counts-instead-of-sums"])
def test_pipeline_rejects_wrong_answers(answer, match, no_leftovers, fails_fast):
    fails_fast(check_pipeline, answer, match)
