"""The check of ``pipeline`` (chapter 4, hidden unbounded queues): a pipeline without its hidden queue."""

from __future__ import annotations

import threading
import time
from typing import Callable, Iterator

from ..workload import KIB
from ._harness import LEFTOVERS, CheckReport, Exercise, Outcome, PlantedError, expect, expect_raised, run
from ._joins import threads_left
from ._payloads import Held
from ._slow_task import SlowTask

__all__ = ["check_pipeline"]

_EXERCISE = Exercise(__name__)

_PIPE_ITEMS, _PIPE_WORKERS, _PIPE_BYTES = 300, 4, 32 * KIB
_RENDER_S, _UPLOAD_S = 0.000_2, 0.003  # rendering is quick, uploading waits on the network
# Items, the one whose upload raises, after how long, and how long every other upload takes in that run.  It
# raises halfway through the uploads begun as the first ones beside it ended: an answer that refills its places
# has surely begun them, and not ended them.  (When it raised at once, an answer that cancels what has not begun
# and raises without waiting passed on a busy machine whenever its last uploads had not begun yet.)
_FAILING = (40, 7, 0.15, 0.1)
# In the first run the upload of item 99 takes this much longer, and the answer must take and upload more items
# meanwhile (see _slow_task).  One that took every item first (list(items), Executor.map) fails: nothing is left
# to take, and its uploads alone cannot tell a window from a group larger than its upload threads.  Item 99's
# upload begins some 75 ms into the run, long after such an answer has taken all 300 (with item 7, the first
# upload to end beside it came 3 ms after the start, and Executor.map's submitting loop passed when it ran late).
_SLOW_ITEM, _SLOW_S = 25 * _PIPE_WORKERS - 1, 0.3


class _Stages:
    """The items, and the two stages of this exercise, counted: payloads alive, uploads at once.

    A payload is a ``bytes`` of 32 KiB that starts with its item's number;
    :class:`~pool_lab.exercises._payloads.Held` counts it alive from its
    rendering until nothing refers to it.  Uploads are counted as they begin
    and end; the upload of ``failing`` raises :class:`PlantedError`.
    """

    def __init__(self, failing: int | None = None, fail_after_s: float = 0.0, upload_s: float = _UPLOAD_S,
                 slow: int | None = None) -> None:
        self.held = Held()
        self._slow = slow  # the item whose upload takes _SLOW_S longer
        self.beside_slow = SlowTask()
        self.pulled = 0  # the items the answer took
        self._upload_s = upload_s
        self._payload = self.held.payload_type()
        self._failing, self._fail_after_s = failing, fail_after_s
        self._lock = threading.Lock()
        self.uploads = self.uploaded = self.uploading = self.peak_uploading = 0
        self.abandoned = False
        self.before: frozenset[threading.Thread] = frozenset()  # the threads alive before the answer ran

    def left_running(self, ended: str) -> None:
        """Fail if a thread the answer started is still alive :data:`LATE_S` after it ``ended`` (returned, raised)."""
        left = threads_left(self.before, "pipeline", ended, "send each worker a sentinel (one per worker) so it "
                            "leaves its loop, and join it before you return or raise; or use a pool in a with block.")
        expect(left is None, left or "")

    def items(self, n: int) -> Iterator[int]:
        for item in range(n):
            self.pulled += 1  # one reader at a time: a generator refuses two
            self.beside_slow.taken_one()
            if item == n - 1:
                self.beside_slow.all_taken()
            yield item

    def render(self, item: int) -> bytes:
        """Build the item's 32 KiB payload (a 0.2 ms job)."""
        if self.abandoned:
            return b""
        time.sleep(_RENDER_S)
        return self._payload(item.to_bytes(2, "little") * (_PIPE_BYTES // 2))

    def upload(self, payload: bytes) -> int:
        """Send a payload (a 3 ms wait on the network; the failing upload raises instead); return its size."""
        with self._lock:
            self.uploads += 1
            self.uploading += 1
            self.peak_uploading = max(self.peak_uploading, self.uploading)
        item = None  # until the payload is read: upload() may have been given something else
        try:
            item = int.from_bytes(payload[:2], "little")
            if item == self._failing:
                time.sleep(self._fail_after_s)
                raise PlantedError.plant(f"the upload of item {self._failing} failed on purpose")
            if item == self._slow and not self.abandoned:
                self.beside_slow.slow_begins()
                time.sleep(_SLOW_S)
                self.beside_slow.slow_ends()
            elif self._slow is not None:
                self.beside_slow.begins()
                if item == self._slow - 1:
                    self.beside_slow.hold()
            if not self.abandoned:
                time.sleep(self._upload_s)
            return len(payload)
        finally:
            with self._lock:
                self.uploading -= 1
                self.uploaded += 1
                if item != self._slow:
                    self.beside_slow.ended()

    def counts(self) -> tuple[int, int]:
        """Return (uploads begun, uploads ended) now."""
        with self._lock:
            return self.uploads, self.uploaded


def _pipe(pipeline: Callable, stages: _Stages, n: int, timeout_s: float) -> Outcome:
    stages.before = frozenset(threading.enumerate())
    try:
        return run(lambda: pipeline(stages.items(n), stages.render, stages.upload, _PIPE_WORKERS), timeout_s,
                   lambda: (f"pipeline did not finish within {timeout_s:g} s: {stages.held.made} of {n} items "
                            f"rendered, {stages.uploaded} uploaded. Is a stage waiting on a queue nobody fills? "
                            f"{LEFTOVERS}"), at_return=stages.counts)
    finally:
        stages.abandoned = True


@_EXERCISE.check
def check_pipeline(pipeline: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``pipeline(items, render, upload, workers)``: two stages, every payload bounded.

    300 items; ``render(item)`` builds a 32 KiB payload in 0.2 ms and
    ``upload(payload)`` waits 3 ms and returns its size; ``workers`` is 4.
    Counted where they happen: never more than ``3 × workers + 2`` = 14
    payloads alive at once (a payload is alive from its rendering until
    nothing refers to it: one kept after its upload still counts), never more
    than ``workers`` uploads at once (the upload service takes that many
    connections) and more than one.  Rendering is 15 times quicker than
    uploading.  The upload of item 99 takes 300 ms longer (item 98's waits
    until it has begun, at most 0.2 s); once another upload has ended
    meanwhile, the answer must take more items (so it takes them as it
    goes, not all at once) and begin more uploads before it ends: a
    freed upload place is refilled, not once a whole group of uploads has
    ended.  When it returns, every upload has ended and none begins after,
    no thread it started is alive 0.1 s later, and it returns the sum of the
    sizes.  A second run of 40 items, whose
    upload of item 7 raises after 150 ms while every other takes 100 ms:
    ``pipeline`` must raise that exception, once no
    upload is running, with none begun after it raised, and leave no thread
    running.

    The example calls it on an answer not yet written: a student reads this
    docstring with ``check_pipeline?``, so it holds no answer.

    >>> def pipeline(items, render, upload, workers):
    ...     raise NotImplementedError()
    >>> report = check_pipeline(pipeline)
    Exercise 7 (pipeline): not attempted yet. Replace raise NotImplementedError() ...
    >>> report.passed
    False
    """
    stages = _Stages(slow=_SLOW_ITEM)
    n, workers = _PIPE_ITEMS, _PIPE_WORKERS
    call = f"pipeline(items, render, upload, workers={workers})"
    limit = 3 * workers + 2  # the budget the notebook states
    start = time.perf_counter()
    outcome = _pipe(pipeline, stages, n, timeout_s)
    elapsed = time.perf_counter() - start
    total = outcome.result(call)
    held = stages.held
    expect(held.peak <= limit,
           f"your pipeline had {held.peak} payloads alive at once (of {n}); with {workers} workers a stage, at most "
           f"{limit} should be. A payload is alive until nothing refers to it: wherever rendered payloads wait "
           "for an upload, or are kept after it, they pile up, since rendering is quicker than uploading. Hint: "
           "find where a rendered payload waits for its upload, and make that wait bounded (or do both stages in "
           "one task); keep what upload() returns, not the payload.")
    expect(stages.peak_uploading <= workers,
           f"your pipeline ran {stages.peak_uploading} uploads at once; the upload service takes {workers}. "
           "Hint: upload from a pool of `workers` threads.")
    expect(stages.peak_uploading >= 2,
           f"your pipeline never ran more than one upload at once; with {workers} workers it should run "
           f"{workers}. Hint: upload from a pool of workers, not one item after another.")
    watch = stages.beside_slow
    expect(not watch.took_all_first,
           f"your pipeline had taken all {n} items from the input before item {_SLOW_ITEM}'s upload, "
           f"{_SLOW_S * 1000:.0f} ms longer than the others, was done: take items as you go, not all at once "
           "(list(items), or Executor.map, which submits every item before it yields a result): the input may be a "
           "stream too long to hold, and the check watches when you take them. "
           "Hint: take the next item when an upload place is free, from a loop over items or from a bounded queue.")
    expect(watch.refilled,
           f"while the upload of item {_SLOW_ITEM} took {_SLOW_S * 1000:.0f} ms longer than the others, your pipeline "
           f"{watch.missed('began', 'upload')} once another upload had ended: it waited for a whole group of "
           "uploads to end before it started more. Hint: let a freed upload worker take the next payload at once: "
           "workers that each take from one bounded queue, or a window refilled as each upload ends.")
    begun, ended = outcome.at_return
    expect(begun == ended == n,
           f"pipeline returned when {ended} of {n} uploads had ended ({begun - ended} still running). Hint: wait "
           "for every upload before returning.")
    stages.left_running("returned")
    expect(stages.uploads == n, f"upload was called {stages.uploads} times for {n} items ({stages.uploads - begun} "
                                "after pipeline returned); each payload must be uploaded once.")
    expect(total == n * _PIPE_BYTES,
           f"pipeline returned {total!r} after uploading {ended} of {n} payloads; expected the sum of the {n} upload "
           f"sizes, {n * _PIPE_BYTES:,} bytes. Hint: add up what upload() returns.")

    items, failing, fail_after_s, upload_s = _FAILING
    raiser = _Stages(failing, fail_after_s, upload_s)
    raised = _pipe(pipeline, raiser, items, timeout_s)
    expect_raised(raised, call, f"the upload of item {failing} raised PlantedError('the upload of item {failing} "
                                "failed on purpose')",
                  "let the exception of an upload reach the caller (future.result() and a pool's map raise it).",
                  running=raised.at_return)
    raiser.left_running("raised")  # which waits 0.1 s: an upload submitted before the raise has begun by then
    late = raiser.counts()[0] - raised.at_return[0]
    expect(late == 0,
           f"{late} upload{'s' * (late > 1)} began after pipeline raised the error of item {failing}'s upload: work "
           "its caller believes was stopped. Hint: once an upload has raised, submit nothing more, "
           "and wait for every task already submitted (rendering and uploading) before you raise.")

    summary = (f"{n} items rendered and uploaded, never more than {limit} payloads alive and at most {workers} "
               "uploads at once, more items taken and uploads begun while one upload ran long; every "
               "upload done when it "
               "returned; an upload's exception reached the caller once no "
               "upload ran, and none began after; no thread of it left 0.1 s after it returned or raised.")
    return _EXERCISE.passed(summary, (
        ("peak payloads alive", f"{held.peak} (limit {limit}; {n} items)"),
        ("peak uploads at once", f"{stages.peak_uploading} (limit {workers})"),
        (f"while item {_SLOW_ITEM}'s upload ran long",
         f"{watch.taken} items taken and {watch.begun} uploads begun, once another had ended (at least 1 each)"),
        ("elapsed", f"{elapsed:.2f} s (no less than ({n} × {_UPLOAD_S * 1000:.0f} + {_SLOW_S * 1000:.0f}) ms / "
                    f"{workers} = {(n * _UPLOAD_S + _SLOW_S) / workers:.2f} s)"),
    ))
