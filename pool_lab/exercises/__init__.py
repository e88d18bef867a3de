"""Checks for the exercise notebooks: run a student's answer for real, say what is wrong.

Each notebook in ``notebooks/exercises`` asks the student to complete one
function, and a check cell hands that function to its check.  One module per
exercise, in the order of the chapters:

==  =======  ========================  ==================================================
#   chapter  check                     the function the student completes
==  =======  ========================  ==================================================
1   1        check_bounded_spawn       ``bounded_spawn(fn, items, limit)``: a thread per
                                       item, at most ``limit`` alive (a semaphore)
2   2        check_pool_map            ``pool_map(fn, items, workers, queue_size)``: a
                                       worker pool of threads, a bounded queue, errors kept
3   3        check_workers_for         ``workers_for(tasks_per_s, latency_s)``: Little's law
4   3        check_pool_size           ``pool_size(tasks_per_s, latency_s, task_mib,
                                       budget_mib, base_mib)``: throughput and memory
5   4        check_process_stream      ``process_stream(items, process, workers)``: 100,000
                                       items in bounded memory
6   4        check_windowed_map        ``windowed_map(executor, fn, items, window)``: a
                                       window of futures over any executor
7   4        check_pipeline            ``pipeline(items, render, upload, workers)``: the
                                       given two-stage pipeline without its hidden queue
8   5        check_gather_limited      ``async gather_limited(coros, limit)``:
                                       ``asyncio.gather``, bounded
9   6        check_send_windowed       ``send_windowed(client, fn, items, window)``: a
                                       window of futures on a Dask cluster
10  7        check_deliver_all         ``deliver_all(url, messages, capacity,
                                       service_time_s)``: every message to a real
                                       receiver exactly once, within a memory budget
==  =======  ========================  ==================================================

A check runs the answer on instrumented tasks (real threads, real sleeps, real
memory) at a scale that is safe in a notebook's own process.  It then prints
one line that says the answer passed and returns a :class:`CheckReport` of
what it measured, or raises :class:`AssertionError` whose message says what
was measured, what was expected, and a hint: nbgrader scores exactly that.
The printed line never contains a measured figure, so a solution notebook's
output is the same on every run; the report holds them.

An answer whose body still raises ``NotImplementedError`` (every answer in a
student copy) is reported as "not attempted yet" and the check returns an
empty report whose ``passed`` is False, so a student notebook runs to its
end; the graded copy asserts ``report.passed``.

The answer runs in a daemon thread with a deadline (``_harness.run``), so an
answer that deadlocks fails within seconds instead of hanging the notebook.
Python cannot kill a thread, so after a deadlock the check disarms what it
handed out: its tasks return at once, streams build nothing more, coroutines
are cancelled, payloads are built no more.  What stays is the answer's own threads blocked on their own
locks or queues: no CPU, a few KiB each, gone when the kernel restarts, as the
failure message says.

>>> def bounded_spawn(fn, items, limit):
...     raise NotImplementedError()
>>> report = check_bounded_spawn(bounded_spawn)
Exercise 1 (bounded_spawn): not attempted yet. Replace raise NotImplementedError() ...
>>> report.passed
False
"""

from __future__ import annotations

from ._harness import CheckReport
from .bounded_spawn import check_bounded_spawn
from .dask_window import check_send_windowed
from .deliver_all import check_deliver_all
from .gather_limited import check_gather_limited
from .hidden_queue import check_pipeline
from .littles_law import check_workers_for
from .pool_map import check_pool_map
from .pool_size import check_pool_size
from .process_stream import check_process_stream
from .window_of_futures import check_windowed_map

__all__ = [
    "CheckReport",
    "check_bounded_spawn",
    "check_pool_map",
    "check_workers_for",
    "check_pool_size",
    "check_process_stream",
    "check_windowed_map",
    "check_pipeline",
    "check_gather_limited",
    "check_send_windowed",
    "check_deliver_all",
]
