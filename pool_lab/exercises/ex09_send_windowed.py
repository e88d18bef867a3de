"""The check of ``send_windowed`` (chapter 6, a Dask cluster): a window of futures on a cluster."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Iterator

from ..cluster import local_cluster
from ._harness import CheckReport, Exercise, expect, expect_results, run, task_seconds

__all__ = ["check_send_windowed"]

_EXERCISE = Exercise(__name__)

_DASK_TASKS, _DASK_WINDOW, _DASK_TASK_S = 24, 4, 0.04


def remote_square(item: int) -> int:
    """Wait 20 to 60 ms (uneven, so tasks finish out of order) on a worker; return ``item**2``."""
    time.sleep(task_seconds(item, _DASK_TASK_S))
    return item * item


class _CountingClient:
    """A Dask client as the answer sees it: what it takes from the items and submits, counted.

    A future counts as in flight until it is done, as the answer itself can
    see it (``future.done()``, which ``as_completed`` and ``wait`` go by), so
    the counts are exact however late Dask's callbacks run.  Anything else
    (``gather``, ``scheduler_info``...) goes to the real client.
    """

    def __init__(self, client: Any) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._pending: list = []  # submitted futures not seen done yet
        self.pulled = self.submitted = 0
        self.peak_in_flight = self.peak_ahead = 0

    def _in_flight(self) -> int:
        self._pending = [future for future in self._pending if not future.done()]
        return len(self._pending)

    def items(self, n: int) -> Iterator[int]:
        """Yield 0..n-1, counting how many items the answer holds that have not finished."""
        for item in range(n):
            with self._lock:
                self.pulled += 1
                ahead = self._in_flight() + self.pulled - self.submitted
                self.peak_ahead = max(self.peak_ahead, ahead)
            yield item

    def submit(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        future = self._client.submit(fn, *args, **kwargs)
        with self._lock:
            self.submitted += 1
            self._pending.append(future)
            self.peak_in_flight = max(self.peak_in_flight, self._in_flight())
        return future

    def map(self, fn: Callable, *iterables: Any, **kwargs: Any) -> list:
        kwargs.pop("pure", None)
        return [self.submit(fn, *args, pure=False, **kwargs) for args in zip(*iterables)]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


@_EXERCISE.check
def check_send_windowed(send_windowed: Callable, *, timeout_s: float = 20.0) -> CheckReport:
    """Check ``send_windowed(client, fn, items, window)``: at most ``window`` futures in flight on Dask.

    Starts a local Dask cluster of one worker process with two threads
    (128 MiB; a few seconds), and hands the answer its client, a task that
    waits 20 to 60 ms on the worker (uneven, so tasks finish out of order),
    a generator of 24 items and ``window=4``.  Checks that no more than
    ``window`` futures were in flight (submitted, not finished) at any moment,
    that the answer held at most ``window`` (+1) items whose tasks had not
    finished, that it returned the results in input order, and that more than
    one task was in flight at once.  ``timeout_s`` counts from when the
    cluster is up.
    """
    n, window = _DASK_TASKS, _DASK_WINDOW
    with local_cluster(workers=1, threads_per_worker=2, memory_limit_mib=128) as real_client:
        client = _CountingClient(real_client)
        start = time.perf_counter()
        outcome = run(lambda: send_windowed(client, remote_square, client.items(n), window), timeout_s,
                      lambda: (f"send_windowed did not finish {n} tasks within {timeout_s:g} s: {client.submitted} "
                               "submitted. Is it waiting on a future it never submitted?"))
        elapsed = time.perf_counter() - start
    value = outcome.result(f"send_windowed(client, fn, items, window={window})")
    expect(client.submitted > 0,
           "send_windowed never called client.submit (or client.map): the tasks must run on the cluster.")
    expect(client.peak_in_flight <= window,
           f"your send_windowed had {client.peak_in_flight} futures in flight at once; the window was {window}. "
           "Every future the client holds keeps its result on a worker, so memory grows with them. Hint: "
           f"submit {window}, then submit the next only when one finishes (distributed.as_completed, and "
           "its add()).")
    expect(client.peak_ahead <= window + 1,
           f"your send_windowed took {client.peak_ahead} items from the input before their tasks finished; "
           f"the window was {window}. Hint: take the next item only when a future has finished.")
    expect(client.peak_in_flight >= 2,
           f"your send_windowed never had more than one future in flight; with a window of {window} the "
           "worker's two threads should both be busy. Hint: fill the window before waiting.")
    expect_results(value, "send_windowed", [i * i for i in range(n)])
    summary = (f"{n} tasks on a Dask cluster, never more than {window} futures in "
               "flight, every result back in input order.")
    return _EXERCISE.passed(summary, (
        ("peak futures in flight", f"{client.peak_in_flight} (window {window})"),
        ("peak items taken ahead of finished tasks", f"{client.peak_ahead}"),
        ("elapsed, cluster started", f"{elapsed:.2f} s ({n} × {_DASK_TASK_S * 1000:.0f} ms / 2 threads = "
                                     f"{n * _DASK_TASK_S / 2:.2f} s at best)"),
    ))
