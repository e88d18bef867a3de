"""Memory budgets: which ones are safe, and the hard limit behind the watchdog.

The lab's first line of defence is a watchdog in the parent that kills the
child when its resident memory crosses the budget.  A watchdog can be starved
(the parent busy, the machine swapping), so the child also sets a hard limit
on itself where the operating system offers one:

* Linux: ``RLIMIT_DATA``, which since Linux 4.7 counts every private writable
  mapping, heap and anonymous ``mmap`` alike.  Unlike resident memory (RSS,
  what the watchdog and the OOM killer look at), it counts address space
  *reserved*, touched or not.  Thread stacks are such mappings too: each
  default stack reserves ``ulimit -s`` (usually 8 MiB) and uses a few pages.
  So the child gives its threads a small stack,
  :func:`lab_thread_stack_bytes`, and the limit measures payloads, not
  reservations; appendix 1a (the instruments opened) measures both sizes.
* macOS and Windows: the kernel does not enforce a data limit on ``mmap``
  (macOS) or has no rlimits at all (Windows), so the watchdog works alone.
  Setting the environment variable ``POOL_LAB_WATCHDOG_ONLY=1`` before
  pool_lab is imported makes Linux do the same, so the fallback can be
  tested where it is not the default.

On a busy machine the watchdog must still wake on time, or the child climbs
past the budget between two of its readings; so the child also lowers its own
scheduling priority (:func:`yield_to_the_watchdog`).

Two words, two things: the *hard limit* is a size (``hard_limit_mib`` of
:func:`pool_lab.run_lab`, ``limit_bytes`` of :func:`apply_hard_limit`), and
the *backstop* (:data:`BACKSTOP`, ``RunResult.backstop``) is the mechanism
that enforces it here: ``"rlimit"`` or ``"watchdog only"``.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass

import psutil

from ._cgroup import CgroupLimit, cgroup_memory_limit
from ._checks import check_number

__all__ = ["SAFE_SHARE", "HARD_LIMIT_PER_BUDGET", "MIB", "BACKSTOP", "MemoryRoom", "memory_room", "check_budget",
           "apply_hard_limit", "lab_thread_stack_bytes", "yield_to_the_watchdog"]

MIB = 1024 * 1024

#: The largest share of the memory left right now that a budget may take.
#: Half leaves the student's browser, kernel and editor room to breathe.
SAFE_SHARE = 0.5

#: The backstop behind the watchdog on this platform, what enforces the hard
#: limit: ``"rlimit"``, or ``"watchdog only"`` where there is none.
BACKSTOP = (
    "rlimit" if sys.platform.startswith("linux") and not os.environ.get("POOL_LAB_WATCHDOG_ONLY") else "watchdog only"
)

#: The hard limit run_lab sets behind a budget, as a multiple of it, unless told another.
HARD_LIMIT_PER_BUDGET = 2

# Enough for the shallow call stacks of a task; see the module docstring.
_CHILD_THREAD_STACK_BYTES = 256 * 1024


def lab_thread_stack_bytes() -> int:
    """Return the stack size in bytes that a lab child gives its threads here.

    256 KiB where the child sets ``RLIMIT_DATA`` (:data:`BACKSTOP` is
    ``"rlimit"``), because that limit counts every byte of stack a thread
    reserves, used or not.  0 elsewhere, which means the platform's default,
    as for :func:`threading.stack_size`: ``ulimit -s`` on Linux (usually
    8 MiB), 16 MiB for CPython's threads on macOS (the system's own default
    for a secondary thread is 512 KiB), and on Windows the reserve in the
    ``python.exe`` header (about 2 MB; 1 MiB is Windows' default for other
    programs).  Either way a thread's resident cost is the few pages it
    touches.

    >>> lab_thread_stack_bytes() in (0, 256 * 1024)
    True
    """
    return _CHILD_THREAD_STACK_BYTES if BACKSTOP == "rlimit" else 0


@dataclass(frozen=True)
class MemoryRoom:
    """The memory a budget may come out of here, and what limits it.

    ``available_bytes`` is what the machine has available now
    (``psutil.virtual_memory().available``); ``cgroup`` is the tightest
    memory limit of the cgroups this process is in, with what they use
    (None when there is none, and always off Linux).  In a container
    (JupyterHub, Binder, Docker) psutil reports the host, so the cgroup's
    room is the one that counts.
    """

    available_bytes: int
    cgroup: CgroupLimit | None

    @property
    def room_bytes(self) -> int:
        """Return the smaller of the two: the bytes a run may really use, in bytes."""
        if self.cgroup is None:
            return self.available_bytes
        return min(self.available_bytes, self.cgroup.room_bytes)

    @property
    def limited_by(self) -> str:
        """Return ``"container"`` when the cgroup leaves less room than the machine, else ``"machine"``."""
        return "container" if self.cgroup is not None and self.cgroup.room_bytes < self.available_bytes else "machine"

    @property
    def largest_budget_bytes(self) -> int:
        """Return the largest budget :func:`check_budget` accepts now: :data:`SAFE_SHARE` of the room, in bytes."""
        return int(SAFE_SHARE * self.room_bytes)

    def describe(self) -> str:
        """Return where the room comes from, in words: the numbers :func:`check_budget` uses."""
        if self.limited_by == "container":
            c = self.cgroup
            assert c is not None
            return (f"{self.room_bytes / MIB:,.0f} MiB left under this container's memory limit of "
                    f"{c.limit_bytes / MIB:,.0f} MiB (cgroup v{c.version} {c.path}, {c.usage_bytes / MIB:,.0f} MiB "
                    "in use)")
        return f"{self.available_bytes / MIB:,.0f} MiB this machine has available now"

    def __str__(self) -> str:
        limit = "no container limit" if self.cgroup is None else (
            f"container limit {self.cgroup.limit_bytes / MIB:,.0f} MiB, {self.cgroup.room_bytes / MIB:,.0f} MiB left")
        # What a student asks is what run_lab takes, and its hard limit is what must fit.
        largest = self.largest_budget_bytes / HARD_LIMIT_PER_BUDGET
        return (f"room for a budget: {self.room_bytes / MIB:,.0f} MiB, limited by the {self.limited_by} "
                f"(machine: {self.available_bytes / MIB:,.0f} MiB available; {limit}); "
                f"largest budget for run_lab {largest / MIB:,.0f} MiB (its hard limit, "
                f"{HARD_LIMIT_PER_BUDGET}x the budget, takes up to {self.largest_budget_bytes / MIB:,.0f} MiB)")


def memory_room(root: str | os.PathLike[str] = "/") -> MemoryRoom:
    """Return the memory a budget may come out of now: the machine's, or less under a container's limit.

    ``root`` is where the files of ``/proc`` and ``/sys/fs/cgroup`` are read
    from; tests give it a folder of plain files.

    >>> room = memory_room()
    >>> room.limited_by in ("machine", "container") and 0 < room.largest_budget_bytes <= room.room_bytes
    True
    """
    return MemoryRoom(psutil.virtual_memory().available, cgroup_memory_limit(root))


def check_budget(budget_bytes: float, *, hard_limit_bytes: float | None = None,
                 root: str | os.PathLike[str] = "/") -> None:
    """Raise ValueError unless ``budget_bytes`` is a safe memory budget here.

    A safe budget is positive and at most :data:`SAFE_SHARE` of the memory
    left now (:func:`memory_room`): what the machine has available
    (``psutil.virtual_memory().available``), or, in a container, what is
    left under its cgroup's limit, whichever is smaller.  A run whose
    watchdog is late can grow to its hard limit, so ``hard_limit_bytes``,
    when given, must fit in the same share; a refusal then names the hard
    limit and the largest budget whose hard limit fits.  The message names
    which of the two, machine or container, refused it.  ``root`` is as for
    :func:`memory_room`.

    >>> check_budget(64 * MIB)
    >>> check_budget(10**15)
    Traceback (most recent call last):
    ...
    ValueError: a budget of 953674316.4 MiB is more than half of the ... MiB ...
    """
    check_number("the budget", budget_bytes, "bytes")
    room = memory_room(root)
    worst = max(budget_bytes, hard_limit_bytes or 0)
    if worst > room.largest_budget_bytes:
        advice = "close other programs" if room.limited_by == "machine" else "ask for a bigger container"
        # The largest budget whose worst case fits, the hard limit keeping its ratio to the budget.
        largest = f"{room.largest_budget_bytes * budget_bytes / worst / MIB:,.0f} MiB"
        if worst == budget_bytes:
            what, choose = f"a budget of {budget_bytes / MIB:.1f} MiB is", f"choose at most {largest}"
        else:
            what = f"a budget of {budget_bytes / MIB:.1f} MiB has a hard limit of {worst / MIB:.1f} MiB behind it,"
            choose = f"choose a budget of at most {largest}"
        raise ValueError(f"{what} more than half of the {room.describe()}; {choose}, or {advice}")


def apply_hard_limit(limit_bytes: int) -> str:
    """Limit this process's memory to ``limit_bytes`` where the OS can; say how.

    Call it in the child, before the experiment starts.  Returns
    :data:`BACKSTOP`, the mechanism in force: ``"rlimit"`` on Linux,
    ``"watchdog only"`` elsewhere.  When the limit is hit, allocations fail
    with MemoryError.
    """
    if BACKSTOP != "rlimit":
        return BACKSTOP
    import resource  # POSIX only

    threading.stack_size(lab_thread_stack_bytes())
    with open("/proc/self/status") as status:
        data_kib = next(int(line.split()[1]) for line in status if line.startswith("VmData:"))
    # On top of what the interpreter has already mapped, so the limit is about
    # the experiment, not about which libraries the child imported.
    limit = data_kib * 1024 + int(limit_bytes)
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    return BACKSTOP


def yield_to_the_watchdog() -> None:
    """Lower this process's CPU priority, so the parent's watchdog runs first.

    Call it in the child.  It changes nothing on an idle machine; on a busy
    one the scheduler wakes the watchdog before it runs the child's threads,
    so the kill still lands within a reading or two of the budget.
    """
    me = psutil.Process()
    if sys.platform == "win32":
        me.nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
    else:
        me.nice(10)
