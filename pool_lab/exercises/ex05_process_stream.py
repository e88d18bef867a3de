"""The check of ``process_stream`` (chapter 4, hidden unbounded queues): 100,000 items in bounded memory."""

from __future__ import annotations

import threading
import time
from typing import Callable, Iterator

import psutil

from ..sampler import Sample, Sampler
from ..workload import KIB, MIB
from ._harness import (
    GIB,
    LATE_S,
    LEFTOVERS,
    CheckReport,
    Exercise,
    Outcome,
    PlantedError,
    expect,
    expect_raised,
    run,
)
from ._joins import alive_since
from ._payloads import give_back_freed_memory
from ._slow_task import SlowTask

__all__ = ["check_process_stream"]

_EXERCISE = Exercise(__name__)

_STREAM_ITEMS, _STREAM_ITEM_BYTES, _STREAM_WORKERS = 100_000, 64 * KIB, 8
_STREAM_SEND_S = 0.000_1  # slower than making a payload, as a network send is: a queue with room fills
_STREAM_BUDGET_BYTES = 100 * MIB
# The first 8 calls of process end no sooner than this long after the first began, as a connection's first sends
# wait for it to open.  Items an answer takes meanwhile pile up whatever the machine's speed, so one that takes items
# faster than it processes them crosses the budget every time: without the wait, its workers kept up with it on a
# busy machine, and it passed.
_SLOW_START_S = 1.0
# The last call of process to begin takes this long, so an answer that returns before every item is processed
# returns before that call has ended, whatever the machine's speed (without it, the last calls had ended by the time
# the check counted).
_LAST_CALL_S = 0.3
# The call of process on the item halfway through the stream (the 50,000th) takes as long, and the other workers
# must go on meanwhile: the answer takes more items and begins more calls while it runs (see _slow_task).  It is
# told by its payload, not by the order calls begin: a thread switch between taking an item and calling process
# can swap two calls, and put the call that waits for the slow one behind it.
_MIDDLE_ITEM = _STREAM_ITEMS // 2
_RSS_EVERY = 16  # items between two readings of RSS by the stream itself: 1 MiB of payload


_CALL = "process_stream(items, process, workers)"
# Items a right answer takes or processes in a fraction of a second, even on a busy machine.  An answer whose
# every step is slower than the last (a set of futures that only grows) takes longer for each such stretch, and
# the longer the stretch, the sooner one exceeds timeout_s: 22 s to fail such an answer at 500, 5 s at 2,000.
_PACE = 2_000
_FAILING = (60, 40, 0.005)  # items of the slow stream, the one whose process() raises, and the stream's wait per item
# Items at once, the one whose process() raises, after how long (s), and how long every other call takes (s): when
# it raises, the 7 other workers are 50 ms into calls of 200 ms, and an answer that keeps few items in flight is
# still taking items (24 are more than 8 workers, a queue of 8 and one in hand).
_OVERLAP = (24, 0, 0.05, 0.2)
_IDLE_CPU = 0.3  # the most CPU time, per second, that the process may use while the workers wait for a slow stream
# Payloads taken and not yet processed that make up less than 1 / _FEW_AHEAD of the memory's growth do not
# explain it: the answer holds its memory elsewhere (a list of every future, say).
_FEW_AHEAD = 4
# Items processed with never two calls of process at once, after which the check stops the stream: with 8 workers
# two calls overlap within the first few items, and the whole stream one at a time takes 20 s to fail.
_SERIAL_ITEMS = 2_000


class _OverBudget(Exception):
    """The stream stopped feeding an answer whose memory grew past the budget."""


class _Stream:
    """The items of this exercise: 64 KiB payloads made on demand, and a guard.

    A payload is built when the answer takes its item, as a service renders a
    message; every byte is written, so it counts in RSS.  The stream reads RSS
    every 16 items (and the Sampler every 10 ms) and, once it is over the
    budget or the check has given up, stops: ``items`` and ``process`` raise
    and nothing more is built.  ``calls`` counts the calls of ``process`` as
    they begin, ``processed`` as they end.  The first 8 calls wait until 1 s
    after the first began (or the stream stops); the middle one and the last
    take 0.3 s.
    """

    def __init__(self) -> None:
        self._me = psutil.Process()
        give_back_freed_memory()  # else payloads fill what earlier work freed, and memory seems not to grow
        self.baseline = self._me.memory_info().rss
        self.limit = self.baseline + _STREAM_BUDGET_BYTES
        self._lock = threading.Lock()
        self.pulled = self.calls = self.processed = self.peak_ahead = self.peak_calls = 0
        self.over_at: int | None = None  # the RSS reading that crossed the budget
        self.serial_at: int | None = None  # the items processed, one at a time, when the check stopped the stream
        self.thread_died = False  # the check stopped the stream because a thread of the answer died
        self.stopped = False
        self._stopping = threading.Event()  # set with stopped: it ends the first calls' wait at once
        self._slow_until = 0.0  # the monotonic time at which the first calls' wait ends
        self.slow_start_over = 0  # 1 once a first call's wait has ended: progress, though no item moved meanwhile
        self.before: frozenset[threading.Thread] = frozenset()  # the threads that are not the answer's
        self.alive_at_return = 0
        self.beside_middle = SlowTask()
        # id() of the payloads of the middle item and the one before it, while they are alive (an id is reused
        # only once its object is gone, and each is forgotten before its call returns).
        self._middle_id: int | None = None
        self._before_middle_id: int | None = None

    def watch(self, sample: Sample) -> None:
        """Stop the stream if a Sampler reading is over the budget, or the answer runs one call at a time."""
        self._guard(sample.rss_bytes)
        if self.processed >= _SERIAL_ITEMS and self.peak_calls <= 1 and not self.stopped:
            self.serial_at = self.processed
            self.stop()

    def stop(self) -> None:
        """Stop feeding the answer: ``items`` and ``process`` raise from now on."""
        self.stopped = True
        self._stopping.set()

    def stop_for_a_death(self) -> None:
        """Stop the stream: a thread of the answer died, and the check fails it for that."""
        self.thread_died = True
        self.stop()

    def _guard(self, rss: int) -> None:
        if rss > self.limit and self.over_at is None:
            self.over_at = rss
            self.stop()

    def items(self) -> Iterator[bytes]:
        """Yield the payloads, one per item, until memory is over the budget."""
        for item in range(_STREAM_ITEMS):
            if item % _RSS_EVERY == 0:
                self._guard(self._me.memory_info().rss)
            if self.stopped:
                raise _OverBudget
            with self._lock:
                self.pulled += 1
                self.peak_ahead = max(self.peak_ahead, self.pulled - self.processed)
            self.beside_middle.taken_one()
            payload = (item % 251).to_bytes(1, "little") * _STREAM_ITEM_BYTES
            if item == _MIDDLE_ITEM - 2:
                self._before_middle_id = id(payload)
            elif item == _MIDDLE_ITEM - 1:
                self._middle_id = id(payload)
            yield payload
            del payload  # held here while the generator waited (one payload, 64 KiB); not while the next is built

    def process(self, payload: bytes) -> int:
        """Send one payload (a 0.1 ms wait; longer for the first calls, the middle one and the last) and return its
        size in bytes."""
        with self._lock:
            self.calls += 1
            call = self.calls
            self.peak_calls = max(self.peak_calls, self.calls - self.processed)  # the calls running, this one too
            if call == 1:
                self._slow_until = time.monotonic() + _SLOW_START_S
        if call <= _STREAM_WORKERS:  # only these touch the Event: 100,000 waits on it would slow every answer
            self._stopping.wait(self._slow_until - time.monotonic())
            self.slow_start_over = 1
        if self.stopped:
            raise _OverBudget
        middle, is_middle = self.beside_middle, id(payload) == self._middle_id
        if is_middle:
            self._middle_id = None
            middle.slow_begins()
        else:
            middle.begins()
            if id(payload) == self._before_middle_id:
                self._before_middle_id = None
                middle.hold()
        time.sleep(_LAST_CALL_S if is_middle or call == _STREAM_ITEMS else _STREAM_SEND_S)
        with self._lock:
            self.processed += 1
        if is_middle:
            middle.slow_ends()
        else:
            middle.ended()
        return len(payload)

    def counts(self) -> tuple[int, int]:
        """Return (calls of process begun, calls ended) now."""
        with self._lock:
            return self.calls, self.processed

    def stuck(self, timeout_s: float) -> str:
        """Return the message for an answer that took and processed too little for ``timeout_s``."""
        if self.processed == _STREAM_ITEMS:
            return (f"all {_STREAM_ITEMS:,} items were processed, but process_stream did not return within "
                    f"{timeout_s:g} s. Is a worker waiting on a queue nobody fills (one sentinel per worker), or a "
                    f"join on a worker that never ends? {LEFTOVERS}")
        return (f"process_stream took or processed fewer than {_PACE:,} items in {timeout_s:g} s: "
                f"{self.processed:,} of {_STREAM_ITEMS:,} processed, {self.pulled:,} taken. Is a worker waiting on a "
                "queue nobody fills, or a join on a worker that never ends? Or does each step take longer than the "
                f"last (a set of futures that only grows)? {LEFTOVERS}")

    def returned(self) -> tuple[int, int]:
        """Return :meth:`counts`, and keep in ``alive_at_return`` how many threads not in ``before`` are alive."""
        self.alive_at_return = alive_since(self.before)
        return self.counts()


class _SlowStream:
    """A short stream, and a process() that fails on one item; ``calls`` and ``processed`` count its calls.

    With the defaults, the stream makes the workers wait for every item and
    process() returns at once: a worker that polls shows.  With ``_OVERLAP``,
    every item is there at once, and the failing call comes while the other
    workers' calls still run.
    """

    def __init__(self, items: int = _FAILING[0], failing: int = _FAILING[1], wait_s: float = _FAILING[2],
                 fail_after_s: float = 0.0, call_s: float = 0.0) -> None:
        self._lock = threading.Lock()
        self._items, self.failing, self._wait_s = items, failing, wait_s
        self._fail_after_s, self._call_s = fail_after_s, call_s
        self.pulled = self.calls = self.processed = 0
        self.raised = False  # the failing call has raised
        self.before: frozenset[threading.Thread] = frozenset()  # the threads alive before the answer ran
        self.alive_at_return = 0  # the answer's threads still alive the moment it returned or raised

    def items(self) -> Iterator[bytes]:
        for item in range(self._items):
            time.sleep(self._wait_s)  # as a stream that arrives over the network: the workers wait for it
            self.pulled += 1
            yield item.to_bytes(2, "little") * 512

    def process(self, payload: bytes) -> int:
        with self._lock:
            self.calls += 1
        try:
            failing = int.from_bytes(payload[:2], "little") == self.failing
            time.sleep(self._fail_after_s if failing else self._call_s)
            if failing:
                self.raised = True
                raise PlantedError.plant(f"process failed on item {self.failing}, on purpose")
            return len(payload)
        finally:
            with self._lock:
                self.processed += 1

    def counts(self) -> tuple[int, int]:
        with self._lock:
            return self.calls, self.processed

    def returned(self) -> tuple[int, int]:
        """Return :meth:`counts`, and keep in ``alive_at_return`` how many threads not in ``before`` are alive."""
        self.alive_at_return = alive_since(self.before)
        return self.counts()

    def run(self, process_stream: Callable, timeout_s: float) -> Outcome:
        """Run the answer on this stream; fail unless it raised process's exception once no call or thread of it ran."""
        self.before = frozenset(threading.enumerate())
        outcome = run(lambda: process_stream(self.items(), self.process, _STREAM_WORKERS), timeout_s,
                      lambda: (f"process_stream took or processed no item for {timeout_s:g} s after process() raised "
                               f"on item {self.failing} ({self.calls} of {self._items} processed). Does a worker die "
                               f"of the exception and leave the others waiting? {LEFTOVERS}" if self.raised else
                               f"process_stream took or processed no item for {timeout_s:g} s ({self.calls} of "
                               f"{self._items} processed, none of them raising yet). Does a worker stop when the "
                               f"stream is empty for a moment, or wait on a queue nobody fills? {LEFTOVERS}"),
                      progress=lambda: self.pulled + self.calls, at_return=self.returned)
        raised = f"process raised PlantedError('process failed on item {self.failing}, on purpose')"
        expect_raised(outcome, _CALL, raised, "catch the exception where process runs, keep it, and raise it in "
                                              "process_stream once the workers are done.")
        begun, ended = outcome.at_return
        expect(begun == ended,
               f"{raised}, and {_CALL} raised it while {begun - ended} call{'s' * (begun - ended > 1)} of process "
               f"{'were' if begun - ended > 1 else 'was'} still running; it must raise once no call of process is "
               "running. Hint: stop taking items, let the workers finish the calls they began (send the sentinels "
               "and join them), then raise.")
        left = self.alive_at_return
        expect(left == 0,
               f"{raised}, and {_CALL} raised it while {left} of the threads it started "
               f"{'were' if left > 1 else 'was'} still alive; none may outlive the call, even when it raises. Hint: "
               "stop every thread you started (a worker at its sentinel; a thread that fills the queue too, which "
               "may be waiting in put() for room), and join it before you raise.")
        return outcome


def _too_few_at_once(peak: int, items: int, stopped: str = "") -> str:
    workers = _STREAM_WORKERS
    return (f"your process_stream never had more than {peak} call{'s' * (peak > 1)} of process running at once, over "
            f"{items:,} items; with workers={workers} threads, {workers} calls should run at once, one in each. "
            f"{stopped + ' ' if stopped else ''}Hint: start {workers} worker threads, each calling process on the "
            "items it takes.")


def _error_without_spinning(process_stream: Callable, timeout_s: float) -> float:
    """Run 2: a slow stream, and a process() that raises on item 40; return the CPU time used per second."""
    cpu, wall = time.process_time(), time.perf_counter()
    _SlowStream().run(process_stream, timeout_s)
    cpu_per_s = (time.process_time() - cpu) / (time.perf_counter() - wall)
    expect(cpu_per_s <= _IDLE_CPU,
           f"while its workers waited for a slow stream (an item every {_FAILING[2] * 1000:.0f} ms), your "
           f"process_stream used {cpu_per_s:.2f} s of CPU time per second (at most {_IDLE_CPU} expected): a worker "
           "with nothing to do spins instead of sleeping. Hint: wait in a blocking call (queue.get(), a lock, "
           "future.result()), not in a loop that polls get_nowait() or a flag. (Threads an earlier attempt left "
           "spinning count too: if your code no longer polls, restart the kernel.)")
    return cpu_per_s


def _timing_rows(elapsed: float) -> tuple[tuple[str, str], ...]:
    """Return the report's rows on the first run's time: ``elapsed`` seconds, and the rate without its waits."""
    waits_s = _SLOW_START_S + _LAST_CALL_S + LATE_S  # not the middle call's, which stops only an in-order window
    return (
        ("first run, elapsed", f"{elapsed:.1f} s"),
        ("of it, waits every answer has", f"{_SLOW_START_S + _LAST_CALL_S:g} s ({_SLOW_START_S:g} s for the first "
                                          f"{_STREAM_WORKERS} calls, {_LAST_CALL_S:g} s for the last call)"),
        ("of it, the check's wait after the return", f"{LATE_S:g} s"),
        (f"items/s without those {waits_s:g} s", f"{_STREAM_ITEMS / (elapsed - waits_s):,.0f}"),
    )


def _explain_errors(stream: _Stream, outcome: Outcome) -> None:
    """Fail with a hint if a thread of the answer died, or the answer raised what two readers of one generator meet."""
    shared = ("a generator cannot be advanced by two threads at once: take each item under a threading.Lock, or in "
              "one thread that fills a queue.Queue(maxsize=...)")
    if stream.thread_died and outcome.deaths:
        _, error = outcome.deaths[0]
        hint = shared if "generator already executing" in str(error) else (
            "catch an exception in the thread that meets it, keep it, and raise it in process_stream once the "
            "workers are done")
        raise AssertionError(f"{outcome.died()}; the check stopped the stream there. Hint: {hint}.")
    if isinstance(outcome.error, ValueError) and "generator already executing" in str(outcome.error):
        raise AssertionError(f"{_CALL} raised ValueError: generator already executing: two of your threads called "
                             f"next() on items at once. Hint: {shared}.") from outcome.error


@_EXERCISE.check
def check_process_stream(process_stream: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``process_stream(items, process, workers)``: 100,000 items in bounded memory.

    ``items`` is a generator of 100,000 payloads of 64 KiB, built as they
    are taken (6.1 GiB if all were held at once); ``process(payload)``
    waits 0.1 ms, as a send would, and returns the payload's size;
    ``workers`` is 8.  The first 8 calls of ``process`` wait until 1 s after
    the first began, as a connection's first sends wait for it to open, so
    an answer that takes items faster than it processes them holds them, on
    any machine; the last call to begin takes 0.3 s, so one that returns
    before every item is processed returns before that call has ended.  So
    does the call on the 50,000th item (the one on the item before waits
    until it has begun, at most 0.2 s), and once another call has ended
    meanwhile, the answer must take more items from the stream and begin
    more calls before it ends (a freed worker takes the next item, not once
    a whole batch has ended).

    The answer must return the sum of the sizes while resident memory stays
    within 100 MiB of where it started (read after freed memory is handed
    back, on Linux), with every call of ``process`` ended when it returns
    and none begun after, no thread it started still alive then, and with 8
    calls of ``process`` running at once (counted as they begin and end),
    never more.  The check measures with a :class:`~pool_lab.Sampler` every
    10 ms and with its own reading every 16 items, and stops feeding the
    answer (``items`` and ``process`` raise) as soon as memory crosses the
    budget, so a wrong answer costs the machine about 100 MiB for a moment,
    not 6.1 GiB.  An exception that ends one of the answer's threads (a
    generator advanced by two threads at once raises one) fails it, and
    stops the stream at once, as do 2,000 items processed with never two
    calls of ``process`` at once.

    A second run hands it 60 small items that arrive 5 ms apart, and a
    ``process`` that raises on item 40: ``process_stream`` must raise that
    exception once no call of ``process`` is running and no thread it
    started is alive, and its workers must wait for the stream without using the CPU (at most 0.3 s of CPU time per
    second: a blocking ``get()``, not a loop that polls).  A third run hands
    it 24 items at once, and a ``process`` that raises on item 0 after
    50 ms while every other call takes 200 ms: when the exception reaches
    the caller, no call of ``process`` may still be running (counted the
    moment it raises).

    ``timeout_s`` is how long the check waits for the next 2,000 items to be
    taken or processed before it calls the answer stuck (or far too slow);
    the end of the first calls' wait, in which no item moves by design,
    counts as a step.
    Prints a line and returns a :class:`CheckReport` if it passed; raises
    AssertionError saying what was wrong if not.
    """
    stream = _Stream()
    budget_mib = _STREAM_BUDGET_BYTES / MIB
    start = time.perf_counter()
    with Sampler(interval_s=0.01, progress=lambda: stream.processed, on_sample=stream.watch) as sampler:
        stream.before = frozenset(threading.enumerate())  # the sampler's thread included
        try:
            outcome = run(lambda: process_stream(stream.items(), stream.process, _STREAM_WORKERS), timeout_s,
                          lambda: stream.stuck(timeout_s),
                          progress=lambda: (stream.pulled + stream.processed) // _PACE + stream.slow_start_over,
                          at_return=stream.returned,
                          on_death=stream.stop_for_a_death)
            time.sleep(LATE_S)
            late = stream.counts()
        finally:
            stream.stop()  # whatever happened, a thread left behind builds nothing more
    elapsed = time.perf_counter() - start
    trace = sampler.trace
    if stream.over_at is not None:
        del outcome  # let go of the answer's frames, and the payloads they hold
        give_back_freed_memory()
        growth, ahead = max(stream.over_at, trace.peak_rss_bytes) - stream.baseline, stream.peak_ahead
        stopped = (f"The check stopped it there; all {_STREAM_ITEMS:,} at once would need "
                   f"{_STREAM_ITEMS * _STREAM_ITEM_BYTES / GIB:.1f} GiB.")
        if ahead * _STREAM_ITEM_BYTES * _FEW_AHEAD < growth:  # the items ahead explain little of the growth
            why = (f"yet only {ahead:,} items ({ahead * _STREAM_ITEM_BYTES / MIB:.0f} MiB of payload) were ahead: "
                   "taken from the stream and not yet processed, at the most. So the memory is held elsewhere, such "
                   "as a list of every future or result, or of the items processed (100,000 futures hold more than "
                   f"100 MiB by themselves). {stopped} Hint: keep a running sum, not every future: add each result "
                   "as its call ends, and keep nothing of an item once it is processed.")
        else:
            why = (f"with {ahead:,} items ({ahead * _STREAM_ITEM_BYTES / MIB:.0f} MiB of payload) taken from the "
                   f"stream and not yet processed. {stopped} Hint: take an item only when a worker is free: "
                   "pool_lab.WorkerPool.map is lazy, and a queue.Queue(maxsize=...) makes put() wait; "
                   "ThreadPoolExecutor.map and list(items) take every item first.")
        raise AssertionError(
            f"your process_stream held too much at once: resident memory grew {growth / MIB:.1f} MiB past where "
            f"it started, over the budget of {budget_mib:.0f} MiB, {why}"
        ) from None
    if stream.serial_at is not None:
        raise AssertionError(_too_few_at_once(1, stream.serial_at, "The check stopped it there."))
    _explain_errors(stream, outcome)
    total = outcome.result(_CALL)
    calls, processed = outcome.at_return
    expect(processed == calls == _STREAM_ITEMS,
           f"process_stream returned when {processed:,} of {_STREAM_ITEMS:,} items had been processed "
           f"({calls - processed:,} still being processed). Hint: every item must be processed, the last ones "
           "too, before it returns: join the workers.")
    expect(late == outcome.at_return, f"process was called {late[0] - calls:,} more times after process_stream "
                                      "returned. Hint: join every worker before returning.")
    left = stream.alive_at_return
    expect(left == 0, f"the moment process_stream returned, {left} of the threads it started "
                         f"{'was' if left == 1 else 'were'} still alive; "
                         "none may outlive the call. Hint: stop every worker (a sentinel each, or leave the pool's "
                         "with block) and join it before returning.")
    expect(total == _STREAM_ITEMS * _STREAM_ITEM_BYTES,
           f"process_stream returned {total!r}; expected the sum of process(item) over all items, "
           f"{_STREAM_ITEMS * _STREAM_ITEM_BYTES:,} bytes.")

    workers, peak = _STREAM_WORKERS, stream.peak_calls
    expect(peak >= workers, _too_few_at_once(peak, _STREAM_ITEMS))
    expect(peak <= workers,
           f"your process_stream had {peak} calls of process running at once; with workers={workers} threads, at "
           f"most {workers} may run. Hint: start exactly `workers` threads, and call process only in them.")
    middle = stream.beside_middle
    expect(middle.refilled,
           f"while the call of process on the {_MIDDLE_ITEM:,}th item took {_LAST_CALL_S:g} s, your process_stream "
           f"{middle.missed('began', 'call', 'stream')} once another call had ended (a call takes "
           f"{_STREAM_SEND_S * 1000:g} ms): it waited for a whole batch of calls to end before it began more, so one "
           "slow call idled the other workers. Hint: give a freed worker the next item at once: workers that "
           "each take from one bounded queue, or a window refilled as each call ends "
           "(wait(..., return_when=FIRST_COMPLETED)).")
    cpu_per_s = _error_without_spinning(process_stream, timeout_s)
    items, failing, fail_after_s, call_s = _OVERLAP
    _SlowStream(items, failing, 0.0, fail_after_s, call_s).run(process_stream, timeout_s)  # run 3

    summary = (f"{_STREAM_ITEMS:,} items ({_STREAM_ITEMS * _STREAM_ITEM_BYTES / GIB:.1f} GiB of payload) processed "
               f"within the {budget_mib:.0f} MiB budget by {_STREAM_WORKERS} calls of process at once (and more items "
               "taken and calls begun while one call was slow), all done, and no thread left, when it returned; an "
               "exception of process reached the caller once no call of process ran; workers waited for a slow "
               "stream without spinning.")
    growth = trace.peak_rss_bytes - stream.baseline
    return _EXERCISE.passed(summary, (
        ("peak resident memory", f"{trace.peak_rss_mib:.0f} MiB (+{max(0, growth) / MIB:.1f} MiB; "
                                 f"budget +{budget_mib:.0f} MiB)"),
        ("peak items taken and not yet processed", f"{stream.peak_ahead:,} "
                                                   f"({stream.peak_ahead * _STREAM_ITEM_BYTES / MIB:.1f} MiB)"),
        ("peak calls of process running at once", f"{peak} (workers {workers})"),
        (f"while the {_MIDDLE_ITEM:,}th item's call took {_LAST_CALL_S:g} s",
         f"{middle.taken:,} items taken and {middle.begun:,} calls begun, once another call had ended "
         "(at least 1 each)"),
        *_timing_rows(elapsed),
        ("CPU time while waiting for a slow stream", f"{cpu_per_s:.2f} s per second (at most {_IDLE_CPU})"),
    ))
