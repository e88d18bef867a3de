"""The incident as a workload: messages rendered for batches of users and sent.

A backend service had to message about 20,000 users.  It split them into
batches and gave each batch its own concurrent task.  Each task rendered a
message for every user in its batch (a heavy payload), held it while it waited
on the network, and only then let it go.  :class:`MessageWorkload` is that
service, scaled so a lesson runs in seconds on a laptop:

* looking up the batch's users is a sleep, the way a database query looks
  to a thread;
* rendering writes every byte of every message, so the memory is resident,
  not just reserved (CPU work that holds the GIL, as template code would);
* sending goes to a downstream that serves only ``send_capacity`` sends at
  once, each taking ``send_latency_s``; a send that finds it full waits its
  turn, holding its payload, as the incident's did on a provider that could
  not keep up.  Unless the workload has a ``downstream``: then each batch is
  POSTed, for real, to a :class:`~pool_lab.Receiver` on loopback (chapter 7);
* a task drops its payload as soon as the send returns.

The downstream's capacity is what makes the lesson hold on any machine.
Without it, a payload would live only for its own send, so on a slow or busy
CPU early payloads would be freed before late ones were rendered, and how
much thread-per-task held would depend on the CPU, not on the strategy.  With
it, at most ``send_capacity / send_latency_s`` sends finish per second
however fast the tasks arrive, and every task that has rendered and not been
served holds its payload.

:class:`CpuWorkload` is the same shape without the memory or the waiting: pure
CPU work, for the lesson on the GIL.
"""

from __future__ import annotations

import functools
import heapq
import math
import os
import random
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from ._cgroup import cgroup_cpu_limit
from ._checks import check_int, check_number, check_seconds
from .budget import MIB

if TYPE_CHECKING:  # imported on first use: a lab child that sends with a sleep needs no HTTP client
    from .downstream import HttpSender

__all__ = ["KIB", "MIB", "MessageWorkload", "CpuWorkload", "burn_cpu", "cpu_loops_per_second", "usable_cpus"]

KIB = 1024


_calibration_lock = threading.Lock()


@functools.lru_cache(maxsize=None)
def _calibrated_loops_per_second() -> float:
    loops = 20_000
    while True:
        start = time.thread_time()
        _spin(loops)
        elapsed = time.thread_time() - start
        # 50 ms: long enough for Windows, whose thread clock ticks every 15.6 ms.
        if elapsed >= 0.05:
            return loops / elapsed
        loops *= 2


def cpu_loops_per_second() -> float:
    """Return how many iterations of :func:`burn_cpu`'s loop this process runs per CPU second.

    Measured once per process, in CPU time of the measuring thread (so
    waiting for the GIL does not skew it), so a workload costs the same CPU
    time on a slow laptop and a fast server.  The lock makes 200 threads that
    start at once wait for one measurement instead of each making their own.
    Give it to :func:`burn_cpu` in other processes so they spin the same
    number of iterations as this one.

    >>> cpu_loops_per_second() > 0
    True
    """
    with _calibration_lock:
        return _calibrated_loops_per_second()


def _spin(loops: int) -> int:
    # Plain arithmetic in a Python loop: it holds the GIL the whole time,
    # like template rendering or JSON encoding written in Python.
    acc = 0
    for i in range(loops):
        acc = (acc * 31 + i) & 0xFFFF
    return acc


def burn_cpu(seconds: float, *, loops_per_second: float | None = None) -> int:
    """Spend about ``seconds`` of CPU time in pure Python and return a checksum.

    The loop count is calibrated once per process
    (:func:`cpu_loops_per_second`), so the cost is in CPU seconds rather than
    in iterations.  A calibration can miss, by tens of percent on a laptop
    that changes its clock speed, and each process makes its own: to time the
    same work in several processes, calibrate once and pass that rate as
    ``loops_per_second``, so every process spins the same iterations.  A
    module-level function, so a
    :class:`concurrent.futures.ProcessPoolExecutor` can pickle it (and a
    :func:`functools.partial` of it).

    >>> burn_cpu(0.001) >= 0
    True
    >>> burn_cpu(0.001, loops_per_second=1e6) == burn_cpu(0.002, loops_per_second=5e5)
    True
    """
    check_seconds("seconds", seconds, zero_ok=True)
    if loops_per_second is None:
        loops_per_second = cpu_loops_per_second()
    else:
        check_number("loops_per_second", loops_per_second, "loops a second")
    return _spin(max(1, round(seconds * loops_per_second)))


class _Downstream:
    """The simulated downstream: ``capacity`` sends served at once, first come, first served.

    A send books the slot that frees first and learns when its own send will
    end: its wait in the downstream's queue plus its service time.  A thread
    sleeps that long and a coroutine awaits it, so both wait the same way,
    holding their payloads, and no lock is held while they wait.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._free_at = [0.0] * capacity  # a heap: when each slot is next free, on time.monotonic()
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple:
        # Another process (the lab's child, a Dask worker) gets a fresh, idle downstream.
        return (_Downstream, (self.capacity,))

    def wait_s(self, service_s: float) -> float:
        """Book the next free slot for a send of ``service_s`` seconds; return how long to wait until it ends."""
        with self._lock:
            now = time.monotonic()
            start = max(now, heapq.heappop(self._free_at))
            heapq.heappush(self._free_at, start + service_s)
        return start + service_s - now


def _is_sender(downstream: object) -> bool:
    from .downstream import HttpSender

    return isinstance(downstream, HttpSender)


@dataclass(frozen=True)
class MessageWorkload:
    """The messaging job: ``users`` split into batches, one task per batch.

    Each task looks up its batch's users (a wait of ``lookup_latency_s``),
    renders one message of ``message_bytes`` for every user, writing every
    byte (plus ``render_s_per_user`` seconds of extra CPU work per message,
    none by default), and holds the whole payload while it sends it: the
    downstream serves ``send_capacity`` sends at once, each taking
    ``send_latency_s`` (plus up to ``jitter_s`` of seeded random jitter), and
    a send that finds every slot busy waits its turn.  Then the task releases
    its payload.  ``send_capacity=None`` is a downstream without a limit.

    The defaults are the lesson's scale: 20,000 users in 200 batches of 100,
    6.25 MiB of payload per task, about 0.3 s per task on its own, and a
    downstream that takes 4 sends at once, so at most 16 batches a second.
    All 200 tasks alive at once would hold 1.22 GiB; eight at once hold 50 MiB.
    The downstream belongs to the workload object: runs that share it share
    the downstream, and a copy sent to another process gets its own.

    With a ``downstream`` (an :class:`~pool_lab.HttpSender`), the send is
    real: the batch's messages are POSTed to a receiver as one body, with the
    message id ``batch-N`` for the N-th batch, and the receiver's own capacity
    applies: ``send_latency_s``, ``jitter_s`` and ``send_capacity`` are not used.

    >>> w = MessageWorkload(users=2_000)
    >>> w.tasks, w.payload_bytes_per_task // MIB, w.send_ceiling_per_s
    (20, 6, 16.0)
    >>> w.send_batch(range(3)) == 3 * w.message_bytes
    True
    """

    users: int = 20_000
    batch_size: int = 100
    message_bytes: int = 64 * KIB
    lookup_latency_s: float = 0.05
    render_s_per_user: float = 0.0
    send_latency_s: float = 0.25
    jitter_s: float = 0.0
    seed: int | None = None
    send_capacity: int | None = 4
    downstream: HttpSender | None = None
    # The downstream's state, not a setting: made in __post_init__, left out of ==, hash and repr.
    _downstream: _Downstream | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_int("users", self.users)
        check_int("batch_size", self.batch_size)
        check_int("message_bytes", self.message_bytes, low=8)  # a user's id fills each message: 8 bytes
        for name in ("lookup_latency_s", "render_s_per_user", "send_latency_s", "jitter_s"):
            check_seconds(name, getattr(self, name), zero_ok=True)
        if self.send_capacity is not None:
            check_int("send_capacity", self.send_capacity)
            object.__setattr__(self, "_downstream", _Downstream(self.send_capacity))
        if self.downstream is not None and not _is_sender(self.downstream):
            raise TypeError(f"downstream must be an HttpSender (e.g. receiver.sender()) or None, "
                            f"got {type(self.downstream).__name__}")

    @property
    def tasks(self) -> int:
        """Return the number of batches, which is the number of tasks."""
        return math.ceil(self.users / self.batch_size)

    @property
    def payload_bytes_per_task(self) -> int:
        """Return the bytes one full batch holds while it is being sent."""
        return min(self.batch_size, self.users) * self.message_bytes

    @property
    def total_payload_bytes(self) -> int:
        """Return the bytes held if every task were alive at once (thread-per-task)."""
        return self.users * self.message_bytes

    @property
    def task_s(self) -> float:
        """Return the time one task takes on its own, in seconds (look up + render + send).

        On its own: with no other send waiting for the downstream, and not
        counting the writing of the payload, which takes a few milliseconds.
        """
        render_s = min(self.batch_size, self.users) * self.render_s_per_user
        return self.lookup_latency_s + render_s + self.send_latency_s + self.jitter_s / 2

    @property
    def send_ceiling_per_s(self) -> float:
        """Return the most batches per second the downstream can send: ``send_capacity`` / send time.

        ``math.inf`` for a downstream without a capacity.  No strategy, and no
        number of workers, sends faster than this.
        """
        if self.send_capacity is None:
            return math.inf
        return self.send_capacity / (self.send_latency_s + self.jitter_s / 2)

    def batches(self) -> Iterator[range]:
        """Yield the user ids of each batch, as ranges, in order."""
        for start in range(0, self.users, self.batch_size):
            yield range(start, min(start + self.batch_size, self.users))

    def look_up(self, batch: range) -> None:
        """Wait as a database query for the batch's users would."""
        time.sleep(self.lookup_latency_s)

    def render(self, batch: range) -> list[bytes]:
        """Return one rendered message per user in ``batch``; every byte is written."""
        loops = round(self.render_s_per_user * cpu_loops_per_second()) if self.render_s_per_user else 0
        payload = []
        for user in batch:
            if loops:
                _spin(loops)
            # Repeating the user's id fills the whole message, so every page is
            # touched and counts in RSS; a bare bytearray(n) would not be.
            payload.append(user.to_bytes(8, "little") * (self.message_bytes // 8))
        return payload

    def send_delay_s(self, first_user: int) -> float:
        """Return how long sending the batch that starts at ``first_user`` waits, in seconds.

        ``send_latency_s`` plus a jitter in ``[0, jitter_s)``; with a ``seed``,
        the same batch waits the same time in every run, whichever thread
        sends it.

        >>> w = MessageWorkload(send_latency_s=0.1, jitter_s=0.05, seed=1)
        >>> w.send_delay_s(0) == w.send_delay_s(0) and 0.1 <= w.send_delay_s(0) < 0.15
        True
        """
        if not self.jitter_s:
            return self.send_latency_s
        rng = random if self.seed is None else random.Random(f"{self.seed}:{first_user}")
        return self.send_latency_s + rng.uniform(0, self.jitter_s)

    def send_wait_s(self, first_user: int) -> float:
        """Return how long the send of the batch that starts at ``first_user`` waits from now, in seconds.

        Its :meth:`send_delay_s`, plus its wait for a free slot of the
        downstream: the send is booked now, so call it once per send.
        """
        service_s = self.send_delay_s(first_user)
        if self._downstream is None:
            return service_s
        return self._downstream.wait_s(service_s)

    def message_id(self, first_user: int) -> str:
        """Return the id the receiver counts the batch that starts at ``first_user`` by, e.g. ``batch-3``.

        >>> [MessageWorkload(users=250).message_id(b.start) for b in MessageWorkload(users=250).batches()]
        ['batch-0', 'batch-1', 'batch-2']
        """
        return f"batch-{first_user // self.batch_size}"

    def message_ids(self) -> list[str]:
        """Return the ids of every batch's message, in order: what a receiver should count once each."""
        return [self.message_id(batch.start) for batch in self.batches()]

    def send(self, payload: list[bytes]) -> int:
        """Send the payload: wait for a slot and for the send, or POST it to the ``downstream``; return its bytes."""
        first_user = int.from_bytes(payload[0][:8], "little") if payload else 0
        if self.downstream is not None:
            return self.downstream.send(payload, self.message_id(first_user))
        time.sleep(self.send_wait_s(first_user))
        return sum(len(message) for message in payload)

    async def send_async(self, payload: list[bytes]) -> int:
        """Send the payload from a coroutine: ``asyncio.sleep``, or an aiohttp POST to the ``downstream``."""
        import asyncio  # already imported by whatever runs this coroutine

        first_user = int.from_bytes(payload[0][:8], "little") if payload else 0
        if self.downstream is not None:
            return await self.downstream.send_async(payload, self.message_id(first_user))
        await asyncio.sleep(self.send_wait_s(first_user))
        return sum(len(message) for message in payload)

    def send_batch(self, batch: range) -> int:
        """Look up, render, send and release one batch: the task of the incident.

        Returns the number of bytes sent.
        """
        self.look_up(batch)
        payload = self.render(batch)
        sent = self.send(payload)
        del payload  # released before the task reports done, as the service did
        return sent


@dataclass(frozen=True)
class CpuWorkload:
    """Pure CPU work: ``tasks`` tasks of ``cpu_s_per_task`` seconds each.

    Threads cannot run these in parallel under the GIL; processes can.

    >>> CpuWorkload(tasks=4, cpu_s_per_task=0.01).total_cpu_s
    0.04
    """

    tasks: int = 8
    cpu_s_per_task: float = 0.1

    def __post_init__(self) -> None:
        check_int("tasks", self.tasks)
        check_seconds("cpu_s_per_task", self.cpu_s_per_task, zero_ok=True)

    @property
    def total_cpu_s(self) -> float:
        """Return the CPU seconds all tasks need together."""
        return self.tasks * self.cpu_s_per_task

    def task_args(self) -> list[float]:
        """Return one argument per task, to pass to :func:`burn_cpu`."""
        return [self.cpu_s_per_task] * self.tasks


def usable_cpus() -> float:
    """Return how many CPUs this process can keep busy at once: the ceiling on a process pool's speed-up.

    The machine's cores, less those the process may not run on (its CPU
    affinity) and less what a container's CPU quota withholds (a JupyterHub
    that gives each student one CPU: ``os.cpu_count()`` still counts the
    host's cores).  A quota may be a fraction: 1.5 CPUs is 150 ms of CPU time
    every 100 ms.

    >>> 0 < usable_cpus() <= (os.cpu_count() or 1)
    True
    """
    cores = float(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    quota = cgroup_cpu_limit()
    return cores if quota is None else min(cores, quota)
