"""Checks for the exercise notebooks: run a student's answer for real, say what is wrong.

Each notebook in ``notebooks/exercises`` asks the student to complete one
function, and a check cell hands that function to its check.  One module per
exercise, named by its number and the function the student completes: the
number is written there once, and every "Exercise N" a check prints comes
from it (:class:`~pool_lab.exercises._harness.Exercise`).  In the order of
the chapters:

=======================  =======  ========================================================
module                   chapter  the function the student completes (check: ``check_`` +
                                  its name)
=======================  =======  ========================================================
``ex01_bounded_spawn``   1        ``bounded_spawn(fn, items, limit)``: a thread per item, at
                                  most ``limit`` alive (a semaphore)
``ex02_pool_map``        2        ``pool_map(fn, items, workers, queue_size)``: a worker
                                  pool of threads, a bounded queue, errors kept
``ex03_workers_for``     3        ``workers_for(tasks_per_s, latency_s)``: Little's law
``ex04_pool_size``       3        ``pool_size(tasks_per_s, latency_s, task_mib, budget_mib,
                                  base_mib)``: throughput and memory
``ex05_process_stream``  4        ``process_stream(items, process, workers)``: 100,000
                                  items in bounded memory
``ex06_windowed_map``    4        ``windowed_map(executor, fn, items, window)``: a window
                                  of futures over any executor
``ex07_pipeline``        4        ``pipeline(items, render, upload, workers)``: the given
                                  two-stage pipeline without its hidden queue
``ex08_gather_limited``  5        ``async gather_limited(coros, limit)``:
                                  ``asyncio.gather``, bounded
``ex09_send_windowed``   6        ``send_windowed(client, fn, items, window)``: a window of
                                  futures on a Dask cluster
``ex10_deliver_all``     7        ``deliver_all(url, messages, capacity, service_time_s)``:
                                  every message to a real receiver exactly once, within a
                                  memory budget
=======================  =======  ========================================================

A check runs the answer on instrumented tasks (real threads, real sleeps, real
memory) at a scale that is safe in a notebook's own process.  It then prints
one line that says the answer passed and returns a :class:`CheckReport` of
what it measured, or raises :class:`AssertionError` whose message says what
was measured, what was expected and, for the usual mistakes, a hint: nbgrader
scores exactly that.
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
from .ex01_bounded_spawn import check_bounded_spawn
from .ex02_pool_map import check_pool_map
from .ex03_workers_for import check_workers_for
from .ex04_pool_size import PoolDoesNotFit, check_pool_size
from .ex05_process_stream import check_process_stream
from .ex06_windowed_map import check_windowed_map
from .ex07_pipeline import check_pipeline
from .ex08_gather_limited import check_gather_limited
from .ex09_send_windowed import check_send_windowed
from .ex10_deliver_all import check_deliver_all

__all__ = [
    "CheckReport",
    "check_bounded_spawn",
    "check_pool_map",
    "check_workers_for",
    "check_pool_size",
    "PoolDoesNotFit",
    "check_process_stream",
    "check_windowed_map",
    "check_pipeline",
    "check_gather_limited",
    "check_send_windowed",
    "check_deliver_all",
]
