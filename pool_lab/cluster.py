"""The same lesson on a Dask cluster: what the client holds, the workers keep.

On Dask, a worker is already a pool: it runs at most ``threads_per_worker``
tasks at once.  What grows without bound there is the *results*: a worker
keeps every result some future on the client still refers to.  Submit every
batch's render and send at once, keep the list of futures (as everyone
does), and each worker's memory climbs with every rendered payload until
Dask's memory manager (the nanny) kills the worker at its limit and restarts
it, losing everything it held: the cluster's OOM killer.

* :func:`local_cluster`: a :class:`distributed.LocalCluster` and its
  :class:`distributed.Client`, with the memory thresholds set explicitly,
  closed when the ``with`` block ends, however it ends.
* :func:`send_on_cluster`: the message workload on any client (a local
  cluster, or a real one by scheduler address), submitted by a cluster
  strategy ``strategy(submit, batches)``: :func:`every_batch_at_once`,
  :func:`window_of_futures` (refilled through
  :func:`distributed.as_completed`), or a function of your own.
* :func:`worker_environment`: the same memory settings for workers started
  on their own (``dask worker``), as environment variables.
* :func:`run_on_cluster`: one whole run in one call: start a local cluster,
  sample every worker process with :class:`~pool_lab.Sampler`, send, close.
  It returns a :class:`ClusterResult`; :func:`pool_lab.plot_worker_memory`
  draws it.

Dask is optional: this module imports without it, and its functions raise
ImportError naming the install line when it is missing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

import psutil

from ._checks import check_int
from .budget import MIB, check_budget
from .sampler import Sampler, Trace
from .strategies import check_strategy, name_of
from .workload import MessageWorkload

__all__ = ["ClusterResult", "every_batch_at_once", "local_cluster", "run_on_cluster", "send_on_cluster",
           "window_of_futures", "worker_environment"]

_INSTALL = "pip install 'dask[distributed]'"

# How long the nanny waits between two readings of its worker's memory:
# Dask's default is 100 ms; at the lesson's climb of some 100 MiB/s that
# would let a worker overshoot its threshold by 10 MiB.
_MONITOR_INTERVAL = "20ms"

# How long a stopped cluster strategy gets to notice that its sends were cancelled.
_STRATEGY_GRACE_S = 5.0


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ImportError(f"pool_lab.cluster needs Dask's distributed scheduler, which is not installed here; "
                          f"install it with: {_INSTALL} (requirements.txt has it)") from exc
    return distributed


@contextlib.contextmanager
def local_cluster(workers: int = 2, threads_per_worker: int = 2, memory_limit_mib: float = 192,
                  terminate_fraction: float = 0.8, pause_fraction: float | None = None) -> Iterator[Any]:
    """Yield a Client of a new LocalCluster of ``workers`` processes; close both on exit.

    Each worker may use ``memory_limit_mib`` MiB; its nanny kills and
    restarts it once its resident memory passes ``terminate_fraction`` of
    that.  Spilling to disk is off, so memory is not quietly moved to disk,
    and so is pausing unless ``pause_fraction`` is given (a paused worker
    stops starting tasks, which frees nothing when the client holds the
    results).  On a real cluster the same settings go in the workers' Dask
    configuration, and ``distributed.Client("tcp://scheduler:8786")``
    replaces this function.

    >>> with local_cluster(workers=1, memory_limit_mib=128) as client:   # doctest: +SKIP
    ...     client.submit(sum, [1, 2]).result()
    3
    """
    distributed = _distributed()
    import dask

    check_int("workers", workers)
    for name, fraction in (("terminate_fraction", terminate_fraction), ("pause_fraction", pause_fraction)):
        if fraction is not None and not 0 < fraction <= 1:
            raise ValueError(f"{name} must be a fraction in (0, 1], got {fraction!r}")
    check_budget(workers * memory_limit_mib * MIB)
    settings = _memory_settings(terminate_fraction, pause_fraction)
    with _no_stall_notes(), dask.config.set(settings), distributed.LocalCluster(
        n_workers=workers, threads_per_worker=threads_per_worker, processes=True,
        memory_limit=int(memory_limit_mib * MIB),
        # A free loopback port: without one the scheduler still serves HTTP on
        # 8787, and warns in the cell when another notebook's cluster has it.
        dashboard_address="127.0.0.1:0",
    ) as cluster, distributed.Client(cluster) as client:
        _quiet_worker_shutdown(client, distributed)
        yield client


@contextlib.contextmanager
def _no_stall_notes() -> Iterator[None]:
    # The scheduler and the nannies run in this process, so what they log lands in the cell.
    logger = logging.getLogger("distributed.core")
    logger.addFilter(_not_a_stall_note)
    try:
        yield
    finally:
        logger.removeFilter(_not_a_stall_note)


def _not_a_stall_note(record: logging.LogRecord) -> bool:
    # On a busy laptop Dask notes each time its event loop stalled for over
    # 3 s ("Event loop was unresponsive in Scheduler for 3.52s"), in the
    # middle of a lesson or a check: the measured times already show it.
    return not record.getMessage().startswith("Event loop was unresponsive")


def _quiet_worker_shutdown(client: Any, distributed: Any) -> None:
    # Two things a worker logs around a restart are Dask's internals, with
    # paths into site-packages, in the middle of the lesson: a warning for
    # each task a killed worker cancels, and, when the cluster closes while a
    # worker restarts, a traceback for the heartbeat the new worker could not
    # send.  A worker plugin, because the scheduler also gives it to every
    # worker that starts later: the restarted ones.
    class QuietShutdown(distributed.WorkerPlugin):
        name = "pool_lab-quiet-shutdown"

        def setup(self, worker: Any) -> None:
            logging.getLogger("distributed.core").addFilter(_not_a_stall_note)
            logging.getLogger("distributed.worker.state_machine").setLevel(logging.ERROR)
            logging.getLogger("distributed.worker").addFilter(
                lambda record: not record.getMessage().startswith("Failed to communicate with scheduler"))

    client.register_plugin(QuietShutdown())


def _memory_settings(terminate_fraction: float, pause_fraction: float | None) -> dict[str, Any]:
    return {
        "distributed.worker.memory.target": False,  # no spilling to disk: the lesson is the limit
        "distributed.worker.memory.spill": False,
        "distributed.worker.memory.pause": pause_fraction if pause_fraction is not None else False,
        "distributed.worker.memory.terminate": terminate_fraction,
        "distributed.worker.memory.monitor-interval": _MONITOR_INTERVAL,
    }


def worker_environment(terminate_fraction: float = 0.8, pause_fraction: float | None = None) -> dict[str, str]:
    """Return the environment variables that give a ``dask worker`` the lesson's memory settings.

    They are :func:`local_cluster`'s settings, for workers started on their
    own (``dask worker --nanny --memory-limit 192MiB``): no spilling, no
    pausing unless ``pause_fraction`` is given, the nanny's kill at
    ``terminate_fraction`` of the limit, checked every 20 ms.  Dask reads
    ``DASK_A__B_C`` as the setting ``a.b-c``.

    >>> worker_environment()["DASK_DISTRIBUTED__WORKER__MEMORY__TERMINATE"]
    '0.8'
    """
    return {"DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(value)
            for key, value in _memory_settings(terminate_fraction, pause_fraction).items()}


def _look_up_and_render(workload: MessageWorkload, batch: range) -> list[bytes]:
    # A module-level function, so the workers unpickle it by name from pool_lab.
    workload.look_up(batch)
    return workload.render(batch)


def every_batch_at_once(submit: Callable[[range], tuple[Any, Any]], batches: Iterable[range]) -> None:
    """Submit every batch, keep every future, wait for every send: how Dask code is first written.

    A cluster strategy: ``submit(batch)`` submits the batch's render and its
    send and returns their futures, ``(send, rendered)``.  The list keeps
    every ``rendered`` future until the end, so the workers keep every payload.
    """
    futures = [submit(batch) for batch in batches]  # the list everyone keeps
    _distributed().wait([send for send, _ in futures])


def window_of_futures(submit: Callable[[range], tuple[Any, Any]], batches: Iterable[range], window: int = 8) -> None:
    """Keep at most ``window`` batches in flight, refilled as sends complete: the fix.

    A cluster strategy (see :func:`every_batch_at_once`).  Each send that
    completes (:func:`distributed.as_completed`) drops its batch's futures,
    so its worker can free the payload, and makes room for the next batch;
    one that failed raises its error instead, for the caller to hear.
    """
    batches = iter(batches)
    in_flight = {}  # send future -> its render's future: what the client holds
    finished = _distributed().as_completed()  # yields each future added to it, once that future is done

    def submit_next() -> None:
        batch = next(batches, None)  # None once every batch has been submitted
        if batch is not None:
            send, rendered = submit(batch)
            in_flight[send] = rendered
            finished.add(send)

    for _ in range(window):
        submit_next()
    for send in finished:
        del in_flight[send]  # the client's last reference to this batch's payload
        if send.status == "error":
            send.result()  # raises the send's error: a window that dropped it would report a failure as done
        submit_next()


class _Stopped(RuntimeError):
    """The run was stopped: no more batches may be submitted."""


def send_on_cluster(client: Any, workload: MessageWorkload, window: int | None = None,
                    on_sent: Callable[[], None] = lambda: None, stop: Callable[[], bool] = lambda: False,
                    strategy: Callable[..., Any] | None = None) -> tuple[int, str | None]:
    """Render and send every batch of ``workload`` on ``client``'s cluster; return (sent, error).

    Each batch is two tasks: render (on a worker, whose result is the
    payload) and send (which waits, then returns the bytes sent).  How they
    are submitted is a cluster strategy, ``strategy(submit, batches)``, which
    calls ``submit(batch)`` for every batch (it returns the futures
    ``(send, rendered)``) and returns when every send has completed: your own
    function, or by default :func:`every_batch_at_once` (``window=None``) or
    :func:`window_of_futures` with ``window``.

    ``on_sent`` is called after each send that completes, from this thread.
    The run gives up when ``stop()`` is true (checked every 10 ms): the sends
    still pending are cancelled and ``submit`` refuses more.  ``error`` says
    why a run ended early (the strategy's exception, a failed send, "ran N of
    M sends"), or is None.
    """
    _distributed()
    strategy = _cluster_strategy(window, strategy)
    pending: list = []  # the sends, polled for progress; a finished send holds no payload
    lock = threading.Lock()
    stopped = threading.Event()

    def submit(batch: range) -> tuple[Any, Any]:
        if stopped.is_set():
            raise _Stopped("the run was stopped: submit no more batches")
        rendered = client.submit(_look_up_and_render, workload, batch, pure=False)
        send = client.submit(workload.send, rendered, pure=False)
        with lock:
            pending.append(send)
        return send, rendered

    outcome: dict[str, BaseException] = {}

    def run_strategy() -> None:
        try:
            strategy(submit, workload.batches())
        except BaseException as exc:  # reported by the caller's thread below
            outcome["error"] = exc

    runner = threading.Thread(target=run_strategy, name="pool_lab-cluster-strategy", daemon=True)
    runner.start()
    sent, error = _follow_sends(client, runner, pending, lock, stopped, on_sent, stop)
    if error is None and "error" in outcome:
        error = repr(outcome["error"])
    if error is None and sent != workload.tasks:
        error = f"ran {sent} of {workload.tasks} sends: a strategy must submit every batch and wait for its send"
    return sent, error


def _cluster_strategy(window: int | None, strategy: Callable[..., Any] | None) -> Callable[..., Any]:
    """Return the cluster strategy a run was given, or the built-in one its window names."""
    if strategy is None:
        if window is not None:
            check_int("window", window)
        return every_batch_at_once if window is None else functools.partial(window_of_futures, window=window)
    if window is not None:
        raise ValueError("give a window or a strategy, not both: bind the window into your strategy")
    check_strategy(strategy)
    return strategy


def _follow_sends(client: Any, runner: threading.Thread, pending: list, lock: threading.Lock, stopped: threading.Event,
                  on_sent: Callable[[], None], stop: Callable[[], bool]) -> tuple[int, str | None]:
    """Count the sends as they finish until the strategy has returned; cancel the rest once stopped.

    Return the sends that finished and what stopped the run early (or None).
    """
    sent, error, stopped_at, ended_at = 0, None, 0.0, None
    while True:
        runner.join(0.01)  # polled rather than blocked on, so stop() is heard
        # Read before the snapshot of finished sends (a strategy that returns has seen its sends finish, so
        # they are in it); each send is asked done() once: asked twice, a send finishing in between fell out
        # of both lists and was never counted (99 of 100 sent, in CI).
        runner_ended = not runner.is_alive()
        with lock:
            done = [future for future in pending if future.done()]
            pending[:] = [future for future in pending if all(future is not d for d in done)]
            # A send the strategy saw finish whose result then went with its
            # worker is "lost" until the scheduler has run it again.
            lost = sum(future.status == "lost" for future in pending)
        for future in done:
            if future.status == "finished":
                sent += 1
                on_sent()
            elif future.status == "error" and error is None:
                # Only a failed future is asked for its error: a finished send's
                # result may already be lost with a killed worker.
                error = repr(future.exception())
            elif future.status == "cancelled" and error is None and not stopped.is_set():
                error = f"a send was cancelled before it finished ({future.key}): did the client lose its scheduler?"
        if runner_ended:
            ended_at = ended_at or time.monotonic()
            if not done and not lost:
                return sent, error
            if time.monotonic() - ended_at > _STRATEGY_GRACE_S:
                return sent, error or f"{lost} sends lost with a worker were not run again in {_STRATEGY_GRACE_S:g} s"
        if error is None and stop() and not stopped.is_set():
            error = f"stopped: {sent} sends finished, {len(pending)} pending"
        if error is not None and not stopped.is_set():
            stopped.set()
            stopped_at = time.monotonic()
            with lock:
                client.cancel(list(pending))  # ends a strategy waiting on them
        if stopped.is_set() and time.monotonic() - stopped_at > _STRATEGY_GRACE_S:
            return sent, error  # a strategy that ignores the cancel ends when its cluster closes


@dataclass(frozen=True)
class ClusterResult:
    """What one run on a local cluster did, and every worker process's memory.

    ``outcome`` is ``"completed"`` (every batch sent with no worker killed),
    ``"workers-killed"`` (a worker passed its memory limit and was killed) or
    ``"failed"``.  ``traces`` holds one :class:`~pool_lab.Trace` per worker
    process, times in seconds since the run started; a worker that was
    killed and restarted has one trace per process, and ``killed`` says, for
    each trace, whether its process was killed: gone before the run ended,
    whether or not its replacement had started by then.  ``window`` is None
    for the unbounded run; ``strategy`` names the cluster strategy function
    the run was given, if it was given one.
    """

    window: int | None
    outcome: str
    sends_done: int
    tasks_total: int
    elapsed_s: float
    workers: int
    restarts: int
    memory_limit_bytes: int
    terminate_fraction: float
    traces: tuple[Trace, ...]
    error: str | None = None
    strategy: str | None = None
    killed: tuple[bool, ...] = ()

    @property
    def label(self) -> str:
        """Return a short name for legends: your strategy's name, ``window of 8`` or ``every batch at once``."""
        if self.strategy is not None:
            return self.strategy
        return "every batch at once" if self.window is None else f"window of {self.window}"

    @property
    def peak_worker_rss_mib(self) -> float:
        """Return the largest resident memory any worker process reached, in MiB."""
        return max((t.peak_rss_mib for t in self.traces), default=0.0)

    def __str__(self) -> str:
        return (f"{self.label}: {self.outcome}, {self.sends_done}/{self.tasks_total} batches sent in "
                f"{self.elapsed_s:.2f} s, {self.restarts} worker restarts, "
                f"peak worker {self.peak_worker_rss_mib:.0f} MiB")


class _WorkerWatch:
    """Sample every worker process a cluster runs, restarts included, from one thread."""

    def __init__(self, cluster: Any, progress: Callable[[], int], interval_s: float) -> None:
        self._cluster, self._progress, self._interval_s = cluster, progress, interval_s
        self._t0 = time.perf_counter()
        self._samplers: dict[int, tuple[str, float, Sampler]] = {}
        self._gone: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="pool_lab-cluster-watch", daemon=True)

    @property
    def processes(self) -> int:
        return len(self._samplers)

    def _look(self) -> None:
        for name, nanny in list(self._cluster.workers.items()):
            pid = nanny.pid  # a new pid after each restart
            if pid and pid not in self._samplers and pid != os.getpid():
                incarnation = sum(1 for n, _, _ in self._samplers.values() if n == f"worker {name}")
                label = f"worker {name}" + (f", restart {incarnation}" if incarnation else "")
                sampler = Sampler(pid, self._interval_s, self._progress, label=label)
                self._samplers[pid] = (f"worker {name}", time.perf_counter() - self._t0, sampler.start())

    def _loop(self) -> None:
        while not self._stop.wait(self._interval_s):
            with contextlib.suppress(Exception):  # a worker may die between listing and reading it
                self._look()

    def __enter__(self) -> "_WorkerWatch":
        self._look()
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        # The cluster is still up: a worker process that is gone now was killed,
        # also one killed too late for its replacement to be seen.
        self._gone = {pid for pid in self._samplers if not _alive(pid)}
        for _, _, sampler in self._samplers.values():
            sampler.stop()

    def traces(self) -> tuple[Trace, ...]:
        """Return each worker process's trace, shifted to the watch's clock."""
        return tuple(Trace(tuple(dataclasses.replace(s, t_s=s.t_s + offset) for s in sampler.trace), sampler.label)
                     for _, offset, sampler in self._samplers.values())

    def killed(self) -> tuple[bool, ...]:
        """Return, in the order of :meth:`traces`, whether each process was gone when the watch ended."""
        return tuple(pid in self._gone for pid in self._samplers)


def _alive(pid: int) -> bool:
    """Return whether process ``pid`` exists and has not ended (a zombie has)."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    # The scheduler's warning after a kill lists every lost result by key,
    # dozens of them; the nanny's one line says what happened.
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def run_on_cluster(workload: MessageWorkload, window: int | None = None, *,
                   strategy: Callable[..., Any] | None = None, workers: int = 2,
                   threads_per_worker: int = 2, memory_limit_mib: float = 192, terminate_fraction: float = 0.8,
                   pause_fraction: float | None = None, stop_after_restarts: int = 4,
                   timeout_s: float = 20.0, interval_s: float = 0.02) -> ClusterResult:
    """Send ``workload`` on a new local cluster, sample its workers, close it; return the result.

    The cluster is closed, and its worker processes gone, when this returns
    or raises.  ``window`` or ``strategy`` say how batches are submitted, as
    in :func:`send_on_cluster`.  The memory settings are those of :func:`local_cluster`.
    The run gives up after ``stop_after_restarts`` worker
    restarts (the lesson is made) or ``timeout_s`` seconds.

    >>> from pool_lab import MessageWorkload
    >>> w = MessageWorkload(users=400, batch_size=20, message_bytes=1024, send_latency_s=0.01)
    >>> print(run_on_cluster(w, window=4).outcome)     # doctest: +SKIP
    completed
    """
    if not isinstance(workload, MessageWorkload):
        raise TypeError(f"workload must be a MessageWorkload, got {type(workload).__name__}")
    sent = 0

    def tick() -> None:  # send_on_cluster calls it from this thread only
        nonlocal sent
        sent += 1

    # Quiet from before the cluster starts until it has closed: a worker can
    # still be killed while the cluster shuts down.
    with _quiet("distributed.scheduler"), \
            local_cluster(workers, threads_per_worker, memory_limit_mib, terminate_fraction, pause_fraction) as client:
        with _WorkerWatch(client.cluster, lambda: sent, interval_s) as watch:
            deadline = time.monotonic() + timeout_s
            start = time.perf_counter()
            try:
                _, error = send_on_cluster(
                    client, workload, window, tick,
                    stop=lambda: watch.processes - workers >= stop_after_restarts or time.monotonic() > deadline,
                    strategy=strategy)
            except Exception as exc:  # e.g. KilledWorker: Dask gave up on a task
                error = repr(exc)
            elapsed = time.perf_counter() - start
        restarts = watch.processes - workers
    outcome = "workers-killed" if restarts else ("completed" if error is None else "failed")
    return ClusterResult(window, outcome, sent, workload.tasks, elapsed, workers, restarts,
                         int(memory_limit_mib * MIB), terminate_fraction, watch.traces(), error,
                         None if strategy is None else name_of(strategy), watch.killed())
