"""The payloads of the memory exercises: counted while they are alive, and their memory handed back after.

Exercises 7 and 10 count payloads alive (:class:`Held`), where a payload
still referenced after its upload counts; exercise 5 measures resident
memory, so it first gives back what earlier runs freed
(:func:`give_back_freed_memory`).
"""

from __future__ import annotations

import ctypes
import gc
import sys
import threading

_COLLECTIONS = 20  # garbage collections a Held with a budget makes at most


class Held:
    """How many payloads of one check are alive (referenced anywhere) at once, and how many were made.

    A payload is alive from its making until nothing refers to it: a payload
    kept in a list after its upload is alive, however the upload ended.  Each
    check makes its own payload type (:meth:`payload_type`), so a payload
    still held by an earlier answer's stuck thread is not counted in the next
    check.  The lock is reentrant: the collector may free a payload (and run
    its ``__del__``) in the middle of ``__new__``.

    With a ``budget``, a count above it is made again after a garbage
    collection, before it becomes a peak: a payload that only unreachable
    cycles still refer to (an HTTP library's exception and the frames it
    passed through) is the collector's to free, not the answer's to answer
    for.  At most :data:`_COLLECTIONS` times, so that an answer far over the
    budget is not slowed down by a collection for every payload it makes.
    """

    def __init__(self, budget: int | None = None) -> None:
        self.lock = threading.RLock()
        self.alive = self.peak = self.made = 0
        self.budget, self._collections = budget, 0

    def payload_type(self) -> type[bytes]:
        """Return a ``bytes`` subclass whose instances are counted here."""
        held = self

        class Payload(bytes):
            __slots__ = ()

            def __new__(cls, data: bytes) -> "Payload":
                payload = super().__new__(cls, data)
                with held.lock:
                    held.alive += 1
                    held.made += 1
                    if held.budget is not None and held.peak < held.alive > held.budget \
                            and held._collections < _COLLECTIONS:
                        held._collections += 1
                        gc.collect()  # the payloads it frees leave the count here, under the reentrant lock
                    held.peak = max(held.peak, held.alive)
                return payload

            def __del__(self) -> None:
                with held.lock:
                    held.alive -= 1

        return Payload


def give_back_freed_memory() -> None:
    """Collect garbage and hand the heap's free pages back to the kernel (glibc only).

    A wrong answer to a memory exercise builds about 100 MiB of payloads
    before the check stops it.  Freed, they stay resident in the C heap, where
    they would inflate every measurement made in this kernel afterwards.
    Other platforms return large frees on their own, or offer no call for it.
    """
    gc.collect()  # payloads held by reference cycles (exception -> traceback -> frame)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # a libc without malloc_trim, such as musl
            pass
