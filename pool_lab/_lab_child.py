"""The lab's child process: what runs there, and what it shares with the parent.

:func:`pool_lab.lab.run_lab` spawns :func:`_child_main` in a process of its
own.  The child puts itself in a process group of its own, sets its hard
limit, runs the experiment and reports how it ended; a thread of its own
(:func:`_watch_from_inside`) ends it if the parent dies, and kills it the
way the OOM killer would if a thread cannot start under the hard limit (so
does its hook for a MemoryError nothing could catch).
Nothing here runs in the parent, but :meth:`_Shared.make`.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from typing import Any, NamedTuple

from .budget import apply_hard_limit, yield_to_the_watchdog
from .experiment import Experiment

# How often the child's own watch looks.  Starting a thread takes well under
# a millisecond, and waiting for the GIL behind a few hundred busy threads a
# fraction of a second: a start still unfinished after 2 s never finishes.
_INSIDE_WATCH_S = 0.1
_LONGEST_THREAD_START_S = 2.0


class _Shared(NamedTuple):
    """What the child writes and the parent reads, by name on both sides (``RawValue``: no lock, one writer)."""

    tasks_done: Any  # c_longlong: the tasks finished so far, written by drive()'s on_task_done
    started_at: Any  # c_double: the child's time.monotonic() when its run began; 0.0 before
    finished_at: Any  # c_double: the child's time.monotonic() when the strategy returned; 0.0 before
    out_of_memory: Any  # c_byte: 1 just before the child kills itself for crossing its hard limit

    @classmethod
    def make(cls, ctx: multiprocessing.context.SpawnContext) -> _Shared:
        """Return zeroed values, to pass to a child while it is spawned."""
        return cls(ctx.RawValue("q", 0), ctx.RawValue("d", 0.0), ctx.RawValue("d", 0.0), ctx.RawValue("b", 0))


def _die_like_the_oom_killer(out_of_memory) -> None:
    # The flag tells the parent that this SIGKILL is the hard limit, not a
    # kill from outside; writing shared memory allocates nothing.
    out_of_memory.value = 1
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)  # Windows: the exit status a SIGKILLed process reports in a shell


def _watch_from_inside(out_of_memory, under_rlimit: bool) -> None:
    # Two things only a thread of the child can see.  A kernel restart kills
    # the parent without running its finally blocks: the experiment must not
    # run on alone.  (The parent's sentinel works on every platform, where
    # getppid() would not change on Windows.)  And under the hard limit, a
    # new thread can run out of memory after it is listed and before it
    # runs, when no hook can run in it; whoever started it would wait in
    # Thread.start() for ever.  A thread listed and not alive for longer than
    # any start takes is that thread, and the child dies of it.
    parent = multiprocessing.parent_process()  # None only outside a lab child
    first_seen: dict[threading.Thread, float] = {}
    while True:
        if parent is None:
            time.sleep(_INSIDE_WATCH_S)
        else:
            parent.join(_INSIDE_WATCH_S)
            if not parent.is_alive():
                os._exit(1)
        if under_rlimit:
            try:
                now = time.monotonic()
                first_seen = {t: first_seen.get(t, now) for t in threading.enumerate() if not t.is_alive()}
                if any(now - seen > _LONGEST_THREAD_START_S for seen in first_seen.values()):
                    _die_like_the_oom_killer(out_of_memory)
            except MemoryError:
                _die_like_the_oom_killer(out_of_memory)


def _die_of_a_lost_memory_error(out_of_memory, args: Any) -> None:
    """Die like the OOM killer if a MemoryError could not be raised anywhere; else report it as Python does.

    Under the hard limit, a thread can run out of memory before its first
    line runs: Python prints "Exception ignored in thread started by: ...
    MemoryError" into the notebook, and the thread is gone.  The child has
    run out of memory, and ends as it would at any other allocation.
    """
    if issubclass(args.exc_type, MemoryError):
        _die_like_the_oom_killer(out_of_memory)
    sys.__unraisablehook__(args)


def _print_thread_exception(args: threading.ExceptHookArgs) -> None:
    """Print what ended a thread as Python's hook does, but without threading.py's frames.

    They are in every such traceback, tell nothing and name where Python is installed.
    """
    if issubclass(args.exc_type, SystemExit):  # as Python's own hook: a thread may exit that way
        return
    tb = args.exc_traceback
    while tb is not None and tb.tb_frame.f_code.co_filename == threading.__file__:
        tb = tb.tb_next
    print(f"Exception in thread {args.thread.name if args.thread else '?'}:", file=sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, tb, file=sys.stderr)


def _is_out_of_memory(exc: BaseException) -> bool:
    # Under the hard limit, a thread whose stack cannot be mapped fails with
    # this RuntimeError rather than MemoryError.
    return isinstance(exc, MemoryError) or (isinstance(exc, RuntimeError) and "can't start new thread" in str(exc))


def _child_main(experiment: Experiment | bytes, hard_limit_bytes: int, shared: _Shared, conn) -> None:
    """Run ``experiment`` (or its cloudpickled bytes) in the child, send the parent a summary, and exit."""
    if hasattr(os, "setpgid"):
        # A group of its own, which the parent kills whole: processes the
        # strategy starts go with the child.
        os.setpgid(0, 0)
    conn.send({"error": _run_in_child(experiment, hard_limit_bytes, shared)})
    # Exit now, with whatever threads a strategy left running: a normal exit
    # would wait for every non-daemon thread, for ever if one never ends.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _run_in_child(experiment: Experiment | bytes, hard_limit_bytes: int, shared: _Shared) -> str | None:
    """Run ``experiment`` under the hard limit; return what went wrong (a repr) or None."""
    out_of_memory = shared.out_of_memory
    threading.excepthook = _print_thread_exception
    sys.unraisablehook = functools.partial(_die_of_a_lost_memory_error, out_of_memory)
    under_rlimit = apply_hard_limit(hard_limit_bytes) == "rlimit"
    yield_to_the_watchdog()
    threading.Thread(target=_watch_from_inside, args=(out_of_memory, under_rlimit), daemon=True).start()

    def tick() -> None:  # drive() never calls it concurrently
        shared.tasks_done.value += 1

    try:  # a strategy function comes by value, as bytes
        run: Experiment = pickle.loads(experiment) if isinstance(experiment, bytes) else experiment
    except Exception as exc:
        return f"the strategy could not be loaded in the lab's child process: {exc!r}"
    run.prepare()  # start-up (the render loop's calibration, the HTTP client), not part of the run
    shared.started_at.value = time.monotonic()
    try:
        _, errors = run.drive(tick)
    except BaseException as exc:
        if _is_out_of_memory(exc):
            _die_like_the_oom_killer(out_of_memory)
        return repr(exc)
    finally:
        shared.finished_at.value = time.monotonic()
    if any(_is_out_of_memory(e) for e in errors):
        _die_like_the_oom_killer(out_of_memory)
    return repr(errors[0]) if errors else None
