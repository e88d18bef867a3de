"""The check of ``pipeline`` (chapter 4, hidden unbounded queues): a pipeline without its hidden queue."""

from __future__ import annotations

import threading
import time
from typing import Callable, Iterator

from ..workload import KIB
from ._harness import LEFTOVERS, CheckReport, Exercise, expect, run

__all__ = ["check_pipeline"]

_EXERCISE = Exercise(__name__)

_PIPE_ITEMS, _PIPE_WORKERS, _PIPE_BYTES = 300, 4, 32 * KIB
_RENDER_S, _UPLOAD_S = 0.000_2, 0.003  # rendering is quick, uploading waits on the network


class _Stages:
    """The items, and the two stages of this exercise, counted: how many payloads are alive at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rendered = self.uploaded = self.uploading = 0
        self.peak_alive = self.peak_uploading = 0
        self.abandoned = False

    def items(self) -> Iterator[int]:
        yield from range(_PIPE_ITEMS)

    def render(self, item: int) -> bytes:
        """Build the item's 32 KiB payload (a 0.2 ms job)."""
        if self.abandoned:
            return b""
        time.sleep(_RENDER_S)
        with self._lock:
            self.rendered += 1
            self.peak_alive = max(self.peak_alive, self.rendered - self.uploaded)
        return (item % 251).to_bytes(1, "little") * _PIPE_BYTES

    def upload(self, payload: bytes) -> int:
        """Send a payload (a 3 ms wait on the network); return its size in bytes."""
        with self._lock:
            self.uploading += 1
            self.peak_uploading = max(self.peak_uploading, self.uploading)
        try:
            if not self.abandoned:
                time.sleep(_UPLOAD_S)
            return len(payload)
        finally:
            with self._lock:
                self.uploading -= 1
                self.uploaded += 1


@_EXERCISE.check
def check_pipeline(pipeline: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``pipeline(items, render, upload, workers)``: two stages, every payload bounded.

    300 items; ``render(item)`` builds a 32 KiB payload in 0.2 ms and
    ``upload(payload)`` waits 3 ms and returns its size; ``workers`` is 4.
    Checks that the answer returns the sum of the sizes, that no more than
    ``workers`` uploads ran at once (the upload service takes that many
    connections) and more than one did, and that no more than
    ``3 × workers + 2`` payloads were alive (rendered, not yet uploaded) at
    any moment: rendering is 15 times quicker than uploading, so a queue
    between the stages with no bound fills with payloads.

    >>> from pool_lab import WorkerPool
    >>> def pipeline(items, render, upload, workers):
    ...     with WorkerPool(max_workers=workers) as pool:
    ...         return sum(pool.map(lambda item: upload(render(item)), items))
    >>> report = check_pipeline(pipeline)
    Exercise 7 (pipeline) passed: ...
    """
    stages = _Stages()
    n, workers = _PIPE_ITEMS, _PIPE_WORKERS
    limit = 3 * workers + 2  # rendering workers, a bounded queue and uploading workers, each holding one
    start = time.perf_counter()
    try:
        outcome = run(lambda: pipeline(stages.items(), stages.render, stages.upload, workers), timeout_s,
                      lambda: (f"pipeline did not finish within {timeout_s:g} s: {stages.rendered} of {n} items "
                               f"rendered, {stages.uploaded} uploaded. Is a stage waiting on a queue nobody fills? "
                               f"{LEFTOVERS}"))
    finally:
        stages.abandoned = True
    elapsed = time.perf_counter() - start
    total = outcome.result(f"pipeline(items, render, upload, workers={workers})")
    expect(stages.peak_alive <= limit,
           f"your pipeline had {stages.peak_alive} payloads rendered and not yet uploaded at once (of {n}); "
           f"with {workers} workers a stage, at most {limit} should be. Rendering is quicker than uploading, "
           "so wherever rendered payloads wait for an upload, they pile up. Hint: find where a rendered "
           "payload waits for its upload, and make that wait bounded, or do both stages in one task.")
    expect(stages.peak_uploading <= workers,
           f"your pipeline ran {stages.peak_uploading} uploads at once; the upload service takes {workers}. "
           "Hint: upload from a pool of `workers` threads.")
    expect(stages.peak_uploading >= 2,
           f"your pipeline never ran more than one upload at once; with {workers} workers it should run "
           f"{workers}. Hint: upload from a pool of workers, not one item after another.")
    expect(stages.uploaded == n and total == n * _PIPE_BYTES,
           f"pipeline returned {total!r} after uploading {stages.uploaded} of {n} payloads; expected the sum "
           f"of the {n} upload sizes, {n * _PIPE_BYTES:,} bytes. Hint: wait for every upload, and add up what "
           "upload() returns.")
    summary = (f"{n} items rendered and uploaded, never more than {limit} payloads "
               f"alive, at most {workers} uploads at once.")
    return _EXERCISE.passed(summary, (
        ("peak payloads alive (rendered, not uploaded)", f"{stages.peak_alive} (limit {limit}; {n} items)"),
        ("peak uploads at once", f"{stages.peak_uploading} (limit {workers})"),
        ("elapsed", f"{elapsed:.2f} s ({n} × {_UPLOAD_S * 1000:.0f} ms / {workers} = "
                    f"{n * _UPLOAD_S / workers:.2f} s at best)"),
    ))
