"""Watch a process with psutil: memory, threads, CPU and progress over time.

A :class:`Sampler` reads a process (this one, or another by pid) from a
background thread at a fixed interval and records :class:`Sample` rows; its
:class:`Trace` answers the questions a lesson asks: what was the peak
resident memory, how long did it run, how fast did tasks finish.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import math
import os
import threading
import time
import weakref
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Callable, ContextManager, Iterator, TextIO

import psutil

from ._checks import check_callable, check_int, check_seconds
from .budget import MIB

__all__ = ["Sample", "Trace", "Sampler", "ThreadCost", "UnitCost", "measure_cost", "measure_thread_cost"]


@dataclass(frozen=True)
class Sample:
    """One reading of a process.

    ``t_s`` is seconds since the sampler started, ``rss_bytes`` the resident
    set size in bytes, ``threads`` the OS thread count, ``cpu_percent`` the
    CPU use since the previous sample (100 = one core busy), and
    ``tasks_done`` the progress count at that moment.
    """

    t_s: float
    rss_bytes: int
    threads: int
    cpu_percent: float
    tasks_done: int

    @property
    def rss_mib(self) -> float:
        """Return the resident set size in MiB."""
        return self.rss_bytes / MIB


@dataclass(frozen=True)
class Trace:
    """The samples of one run, oldest first, with a label for plots.

    >>> t = Trace((Sample(0.0, 10 * MIB, 1, 0.0, 0), Sample(1.0, 30 * MIB, 5, 90.0, 40)), "demo")
    >>> t.peak_rss_mib, t.duration_s, t.tasks_done
    (30.0, 1.0, 40)
    """

    samples: tuple[Sample, ...]
    label: str = ""

    def __len__(self) -> int:
        return len(self.samples)

    def __iter__(self) -> Iterator[Sample]:
        return iter(self.samples)

    @property
    def peak_rss_bytes(self) -> int:
        """Return the largest resident set size seen, in bytes (0 if empty)."""
        return max((s.rss_bytes for s in self.samples), default=0)

    @property
    def peak_rss_mib(self) -> float:
        """Return the largest resident set size seen, in MiB."""
        return self.peak_rss_bytes / MIB

    @property
    def peak_threads(self) -> int:
        """Return the most OS threads seen at once."""
        return max((s.threads for s in self.samples), default=0)

    @property
    def duration_s(self) -> float:
        """Return the time from the first sample to the last, in seconds."""
        return self.samples[-1].t_s - self.samples[0].t_s if self.samples else 0.0

    @property
    def tasks_done(self) -> int:
        """Return the progress count at the last sample."""
        return self.samples[-1].tasks_done if self.samples else 0

    def column(self, name: str) -> list:
        """Return one field of every sample, e.g. ``trace.column("t_s")``."""
        return [getattr(s, name) for s in self.samples]

    def rss_mib(self) -> list[float]:
        """Return the resident set size of every sample, in MiB."""
        return [s.rss_mib for s in self.samples]

    def throughput(self, window_s: float = 0.5) -> tuple[list[float], list[float]]:
        """Return (times in s, tasks per second) over a sliding window.

        Each rate is the tasks finished in the ``window_s`` seconds ending at
        that sample, divided by the window (shorter at the start of the run).
        """
        check_seconds("window_s", window_s)
        times, rates = [], []
        start = 0
        for s in self.samples:
            while self.samples[start].t_s < s.t_s - window_s:
                start += 1
            first = self.samples[start]
            span = s.t_s - first.t_s
            if span > 0:
                times.append(s.t_s)
                rates.append((s.tasks_done - first.tasks_done) / span)
        return times, rates

    def to_csv(self, path: str | os.PathLike | TextIO | None = None) -> str:
        """Write the samples as CSV (one header row) and return the text.

        ``path`` may be a file name, an open text file, or None to only
        return the text.
        """
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([f.name for f in fields(Sample)])
        writer.writerows(astuple(s) for s in self.samples)
        text = buffer.getvalue()
        if isinstance(path, (str, os.PathLike)):
            Path(path).write_text(text)
        elif path is not None:
            path.write(text)
        return text


# A reader returns (rss bytes, OS threads, CPU percent) for one process, or
# None once it has exited (a zombie's zeros are not a reading); close() lets
# go of what it holds.
class _PsutilReader:
    """Read any process on any platform through psutil."""

    def __init__(self, process: psutil.Process) -> None:
        self._process = process

    def __call__(self) -> tuple[int, int, float] | None:
        process = self._process
        try:
            with process.oneshot():
                if process.status() == psutil.STATUS_ZOMBIE:
                    return None
                return process.memory_info().rss, process.num_threads(), process.cpu_percent(None)
        except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
            return None

    def close(self) -> None:
        pass


class _StatFileReader:
    """Read a Linux process from its /proc/<pid>/stat alone, kept open.

    That one file holds the state, the CPU times, the thread count and the
    resident pages, where psutil opens three files for them (stat, status and
    statm).  A sampler in the process it watches takes its reading time from
    the work, under the GIL; on a 2-core VM, sampled every 10 ms, psutil's
    reading cost about 230 us of CPU and this one about 40 us (measured), so
    a 100 Hz sampler costs the work under 1% instead of about 3%.  The file
    stays open and is read again from its start: Linux makes its contents
    anew at each read, and an open file keeps naming the same process.
    """

    def __init__(self, pid: int) -> None:
        self._fd = os.open(f"/proc/{pid}/stat", os.O_RDONLY)
        self.close = weakref.finalize(self, os.close, self._fd)
        self._page_bytes, self._ticks_per_s = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
        self._last: tuple[float, float] | None = None  # (CPU seconds, wall seconds) of the previous reading

    def __call__(self) -> tuple[int, int, float] | None:
        if not self.close.alive:  # a closed descriptor's number may belong to another file by now
            return None
        try:
            stat = os.pread(self._fd, 4096, 0)
        except ProcessLookupError:  # exited and reaped
            return None
        # The command name (field 2) may hold spaces and parentheses: split after its last ')'.
        fields_ = stat[stat.rindex(b")") + 2:].split()
        if fields_[0] in (b"Z", b"X"):
            return None
        now, cpu_s = time.monotonic(), (int(fields_[11]) + int(fields_[12])) / self._ticks_per_s
        cpu = 0.0
        if self._last is not None and now > self._last[1]:
            cpu = round(100 * (cpu_s - self._last[0]) / (now - self._last[1]), 1)
        self._last = cpu_s, now
        return int(fields_[21]) * self._page_bytes, int(fields_[17]), cpu


def _reader(process: psutil.Process) -> _PsutilReader | _StatFileReader:
    """Return the cheapest reader this platform offers for ``process``."""
    if psutil.LINUX:
        try:
            return _StatFileReader(process.pid)
        except FileNotFoundError:  # no /proc mounted, or the process is gone
            pass
    return _PsutilReader(process)


class Sampler:
    """Sample a process's memory, threads, CPU and progress in the background.

    ``pid`` is the process to watch (default: this one).  ``progress`` is a
    callable returning the tasks done so far, read at every sample.
    ``on_sample``, if given, is called with each new :class:`Sample` from the
    sampling thread; the lab uses it as its memory watchdog.  Sampling stops
    by itself when the process exits.

    >>> import time
    >>> with Sampler(interval_s=0.01) as sampler:
    ...     time.sleep(0.05)
    >>> len(sampler.trace) >= 2 and sampler.trace.peak_rss_bytes > 0
    True
    """

    def __init__(
        self,
        pid: int | None = None,
        interval_s: float = 0.05,
        progress: Callable[[], int] | None = None,
        on_sample: Callable[[Sample], None] | None = None,
        label: str = "",
    ) -> None:
        check_seconds("interval_s", interval_s)
        if progress is not None:
            check_callable("progress", progress)
        self.pid = os.getpid() if pid is None else pid
        self.interval_s = float(interval_s)
        self.label = label
        self._process = psutil.Process(self.pid)  # raises NoSuchProcess for a bad pid
        self._read = _reader(self._process)
        self._progress = progress or (lambda: 0)
        self._on_sample = on_sample
        self._samples: list[Sample] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._t0 = 0.0

    def start(self) -> "Sampler":
        """Take two readings now, then keep reading in a background thread.

        The first reading only sets the baseline for CPU percent; each one
        after it is kept unless the process is gone or reads no memory.
        """
        if self._thread is not None:
            raise RuntimeError("a Sampler can be started only once")
        self._t0 = time.perf_counter()
        self._read()  # the first reading only sets the baseline for CPU percent
        self._sample()
        self._thread = threading.Thread(target=self._loop, name="pool_lab-sampler", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> Trace:
        """Stop the thread, take a last reading (kept unless the process is gone or reads no memory).

        Return the trace.
        """
        if self._thread is None:
            raise RuntimeError("the Sampler was never started")
        self._stop.set()
        self._thread.join()
        self._sample()
        self._read.close()
        return self.trace

    def __enter__(self) -> "Sampler":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def trace(self) -> Trace:
        """Return the samples taken so far (safe to read while sampling)."""
        return Trace(tuple(self._samples), self.label)

    @property
    def latest(self) -> Sample | None:
        """Return the newest sample, or None before the first."""
        return self._samples[-1] if self._samples else None

    def _loop(self) -> None:
        next_at = time.perf_counter()
        while True:
            # A fixed schedule rather than sleep(interval) after each read, so
            # the time psutil takes does not stretch the interval.
            next_at += self.interval_s
            if self._stop.wait(max(0.0, next_at - time.perf_counter())):
                return
            if not self._sample():
                return

    def _sample(self) -> bool:
        """Take one reading and append it unless it reads no memory; return False once the process is gone."""
        reading = self._read()
        if reading is None:
            return False
        rss, threads, cpu = reading
        if rss == 0:
            # No resident pages is no reading of the work: a process exiting
            # has handed its memory back but is not a zombie yet, and one just
            # started reads 0 until Linux adds up the pages it counts per CPU
            # (per thread before 6.2); on a busy machine, for longer than a few
            # samples.  Skip it and go on: stopping here once left the lab with
            # no watchdog.
            return True
        sample = Sample(time.perf_counter() - self._t0, rss, threads, cpu, int(self._progress()))
        self._samples.append(sample)
        if self._on_sample is not None:
            self._on_sample(sample)
        return True


@dataclass(frozen=True)
class UnitCost:
    """What each of ``units`` idle units of concurrency added to this process.

    ``kind`` names the unit (``"thread"``, ``"coroutine"``).
    ``rss_bytes_per_unit`` is resident memory in bytes (what the OOM killer
    counts), ``vms_bytes_per_unit`` address space reserved in bytes, and
    ``created_per_s`` how many units were created and started per second.
    """

    kind: str
    units: int
    rss_bytes_per_unit: float
    vms_bytes_per_unit: float
    created_per_s: float


def measure_cost(kind: str, units: int, idle_units: Callable[[int], ContextManager[object]]) -> UnitCost:
    """Start ``units`` idle units with ``idle_units``, measure what they add; return it.

    ``idle_units(n)`` is a context manager that returns once ``n`` units are
    alive and idle, and ends them all on exit.  Memory is read before it is
    entered and inside it; the time to enter it gives the creation rate.
    The reading is of the whole process, so whatever else its threads take
    or free meanwhile counts too: measure in a process that does nothing
    else (``tests/test_sampler.py`` checks 64 KiB buffers in a fresh one).

    >>> import contextlib
    >>> @contextlib.contextmanager
    ... def idle_lists(n):
    ...     held = [[] for _ in range(n)]
    ...     yield
    >>> cost = measure_cost("list", 1_000, idle_lists)
    >>> cost.kind, cost.units, cost.created_per_s > 0
    ('list', 1000, True)
    """
    process = psutil.Process()
    before = process.memory_info()
    clock = time.perf_counter()
    with idle_units(units):
        started_s = time.perf_counter() - clock
        after = process.memory_info()
    return UnitCost(kind, units, (after.rss - before.rss) / units, (after.vms - before.vms) / units,
                    units / started_s if started_s > 0 else math.inf)


@contextlib.contextmanager
def _idle_threads(n: int) -> Iterator[None]:
    """Keep ``n`` idle threads alive for the ``with`` block; every one has ended after it."""
    release = threading.Event()
    ready = threading.Semaphore(0)

    def idle() -> None:
        ready.release()
        release.wait()

    pool = [threading.Thread(target=idle, daemon=True) for _ in range(n)]
    try:
        for thread in pool:
            thread.start()
        for _ in pool:
            ready.acquire()  # every thread is running, its stack in use
        yield
    finally:
        release.set()
        for thread in pool:
            if thread.ident is not None:
                thread.join()


_SMALLEST_STACK_BYTES = 32 * 1024  # threading.stack_size's least


@contextlib.contextmanager
def _idle_threads_with_stack(n: int, stack_bytes: int) -> Iterator[None]:
    """Keep ``n`` idle threads with stacks of ``stack_bytes`` (0: the default) alive for the ``with`` block."""
    before = threading.stack_size(stack_bytes)  # applies to threads started from now on
    try:
        with _idle_threads(n):
            threading.stack_size(before)  # every thread has started: put it back at once
            yield
    finally:
        threading.stack_size(before)


@dataclass(frozen=True)
class ThreadCost:
    """What ``threads`` idle threads added to this process, per thread, in bytes.

    ``rss_bytes_per_thread`` is resident memory (what the OOM killer counts);
    ``vms_bytes_per_thread`` is address space reserved, mostly the stack;
    ``created_per_s`` is how many threads were started per second.
    """

    threads: int
    rss_bytes_per_thread: float
    vms_bytes_per_thread: float
    created_per_s: float


def measure_thread_cost(threads: int = 100, stack_bytes: int = 0) -> ThreadCost:
    """Start ``threads`` idle threads, measure what they add, stop them; return it.

    ``stack_bytes`` is the stack each thread reserves, as for
    :func:`threading.stack_size`: 0 (the default) is the platform's default,
    or at least 32 KiB (``threading.stack_size`` is set only while the
    threads start, then put back).  A first batch of as many threads, not
    counted, pays first for what only a process's first threads cost (the C
    library's memory arenas), so the figures are each thread's own.  Every
    thread has ended when this returns.

    >>> cost = measure_thread_cost(20)
    >>> cost.rss_bytes_per_thread < cost.vms_bytes_per_thread
    True
    >>> measure_thread_cost(20, stack_bytes=256 * 1024).vms_bytes_per_thread < cost.vms_bytes_per_thread
    True
    """
    check_int("threads", threads, high=2000)
    check_int("stack_bytes", stack_bytes, low=0)
    if 0 < stack_bytes < _SMALLEST_STACK_BYTES:
        raise ValueError(f"stack_bytes must be 0 (the platform default) or at least 32 KiB, got {stack_bytes!r}")
    # The first threads of a process also make the C library reserve a
    # memory arena for each (glibc: up to 8 per core, 64 MiB of address space
    # apiece, kept for good), which would count as the threads' reservation:
    # on 2 cores, 5 MiB per thread of 200.  A first batch pays for them; its
    # stacks are the smallest, which a thread asking for more is never given.
    with _idle_threads_with_stack(threads, _SMALLEST_STACK_BYTES):
        pass
    cost = measure_cost("thread", threads, functools.partial(_idle_threads_with_stack, stack_bytes=stack_bytes))
    return ThreadCost(threads, cost.rss_bytes_per_unit, cost.vms_bytes_per_unit, cost.created_per_s)
