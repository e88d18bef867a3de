"""pool_lab: why a thread per task runs a service out of memory, measured.

The public API, in the order a lesson meets it:

* :class:`MessageWorkload`, :class:`CpuWorkload`, :func:`burn_cpu`, :func:`cpu_loops_per_second`: the incident
  as a workload (users in batches, a heavy payload held while waiting on I/O),
  and pure CPU work for the GIL lesson; :func:`usable_cpus`: the CPUs this
  process can keep busy, a container's quota counted.
* :class:`ThreadPerTaskExecutor`, :class:`WorkerPool`: the two strategies, both
  :class:`concurrent.futures.Executor`.
* :class:`Sampler`, :class:`Trace`, :class:`Sample`: psutil readings of memory,
  threads, CPU and progress over time; :func:`measure_thread_cost`: what an
  idle thread costs, resident and reserved; :func:`lab_thread_stack_bytes`:
  the stack a lab child gives its threads.
* :class:`Experiment`, :class:`RunResult`, :func:`submit_windowed`: one run,
  in this process (``Experiment.run_here``) for small scales.  Its strategy is
  a built-in one's name or any function ``strategy(task, items)`` (or
  ``async def``), yours included (``pool_lab.strategies``); :class:`IncompleteRun`
  is the error of one that returned before running every task.
  :data:`MAP_HAS_BUFFERSIZE`: whether this Python's ``Executor.map`` can be
  bounded (3.14+).
* :func:`run_lab`, :func:`sweep`: runs in a child process under a memory budget,
  killed like the OOM killer would when they cross it; :func:`memory_room`,
  :class:`MemoryRoom`: how much memory a budget may come out of here (the
  machine's, or less under a container's limit), :func:`check_budget`.
* ``plot_memory``, ``plot_threads``, ``plot_progress``, ``plot_overview``,
  ``plot_sweep``, ``plot_downstream``, ``plot_goodput``, ``LiveMemoryPlot``:
  matplotlib figures of results, each a ``DescribedFigure`` that a notebook
  shows with a description in words (alt text, and printed under it).
* ``check_bounded_spawn``, ``check_pool_map``, ``check_workers_for``,
  ``check_pool_size``, ``check_process_stream``, ``check_windowed_map``,
  ``check_pipeline``, ``check_gather_limited``, ``check_send_windowed``,
  ``check_deliver_all``, :class:`CheckReport`: the checks of the exercise notebooks
  (``pool_lab.exercises``, one module per exercise), which run a student's
  answer for real; :class:`PoolDoesNotFit`: the error exercise 4's answer
  raises where no pool size fits.
* :data:`ASYNC_STRATEGIES`, :func:`gather_all`, :func:`gather_with_semaphore`,
  :func:`queue_workers`, :class:`AsyncStats`, :func:`measure_coroutine_cost`:
  the same lesson with asyncio (``pool_lab.aio``); :func:`measure_cost` and
  :class:`UnitCost`: what any unit of concurrency costs.
* :class:`Receiver`, :class:`ReceiverStats`, :class:`HttpSender`,
  :class:`DeliveryFailed`, :func:`pool_discards`, :func:`close_clients`: a real
  downstream service on loopback that counts what it receives, and the client
  side of a real send (``pool_lab.downstream``; aiohttp and requests are
  imported on first use).
* :func:`local_cluster`, :func:`run_on_cluster`, :func:`send_on_cluster`,
  :class:`ClusterResult`, ``plot_worker_memory``: the lesson on a Dask
  cluster (``pool_lab.cluster``; Dask is optional and imported on first use).
* :func:`write_student_copies`, :func:`stale_student_copies`: student copies
  of the exercise notebooks, made by nbgrader from the instructor's
  solutions (nbgrader is an instructor's dependency).

The plots, the exercises' checks, the asyncio machinery, the downstream,
the Dask lessons and the student copies are imported on first use, so a lab
child, which imports pool_lab, pays only for what it runs.

>>> import pool_lab
>>> with pool_lab.WorkerPool(max_workers=2) as pool:
...     print(sum(pool.map(abs, range(-5, 0))))
15
"""

from __future__ import annotations

import importlib
from typing import Any

from .budget import MemoryRoom, check_budget, lab_thread_stack_bytes, memory_room
from .executors import ExecutorStats, ThreadPerTaskExecutor, WorkerPool
from .experiment import MAP_HAS_BUFFERSIZE, STRATEGIES, SUBMISSIONS, Experiment, RunResult, submit_windowed
from .lab import DEFAULT_BUDGET_MIB, run_lab, sweep
from .sampler import Sample, Sampler, ThreadCost, Trace, UnitCost, measure_cost, measure_thread_cost
from .strategies import ASYNC_STRATEGIES, IncompleteRun
from .workload import CpuWorkload, MessageWorkload, burn_cpu, cpu_loops_per_second, usable_cpus

__version__ = "0.1.0"

# What loads on first use (PEP 562), by module: every lab child imports
# pool_lab, and needs none of these to run a built-in strategy; they bring
# asyncio, the HTTP clients, Dask, nbgrader and matplotlib with them.
_ON_FIRST_USE = {
    "aio": ("AsyncStats", "gather_all", "gather_with_semaphore", "measure_coroutine_cost", "queue_workers"),
    "classroom": ("stale_student_copies", "write_student_copies"),
    "cluster": ("ClusterResult", "local_cluster", "run_on_cluster", "send_on_cluster"),
    "downstream": ("DeliveryFailed", "HttpSender", "Receiver", "ReceiverStats", "close_clients", "pool_discards"),
    "exercises": ("CheckReport", "check_bounded_spawn", "check_deliver_all", "check_gather_limited", "check_pipeline",
                  "check_pool_map", "check_pool_size", "PoolDoesNotFit", "check_process_stream", "check_send_windowed",
                  "check_windowed_map", "check_workers_for"),
    "plots": ("plot_memory", "plot_threads", "plot_progress", "plot_overview", "plot_sweep", "plot_worker_memory",
              "plot_downstream", "plot_goodput", "LiveMemoryPlot", "DescribedFigure"),
}
_HOME = {name: module for module, names in _ON_FIRST_USE.items() for name in names}

__all__ = [
    "CpuWorkload",
    "DEFAULT_BUDGET_MIB",
    "ExecutorStats",
    "Experiment",
    "IncompleteRun",
    "MAP_HAS_BUFFERSIZE",
    "MessageWorkload",
    "RunResult",
    "STRATEGIES",
    "SUBMISSIONS",
    "Sample",
    "Sampler",
    "ThreadPerTaskExecutor",
    "ThreadCost",
    "Trace",
    "WorkerPool",
    "burn_cpu",
    "cpu_loops_per_second",
    "usable_cpus",
    "check_budget",
    "memory_room",
    "MemoryRoom",
    "lab_thread_stack_bytes",
    "measure_thread_cost",
    "run_lab",
    "submit_windowed",
    "sweep",
    "ASYNC_STRATEGIES",
    "UnitCost",
    "measure_cost",
    *_HOME,
]


def __getattr__(name: str) -> Any:
    # PEP 562: a name of _ON_FIRST_USE, or one of its modules (pool_lab.aio),
    # imports its module now, once; importing a module makes it an attribute.
    if name in _ON_FIRST_USE:
        return importlib.import_module(f".{name}", __name__)
    if name in _HOME:
        value = getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME) | set(_ON_FIRST_USE))
