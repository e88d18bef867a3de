"""How soon a bounded gather fills a place a coroutine freed, counted in passes of the event loop.

A check of coroutines (exercise 8) gives its :class:`~._harness.Probe` a :class:`RefillWatch`.  At every end that
frees a place while coroutines wait to start, the watch chains callbacks, one per pass of the loop
(``call_soon`` from the one before), and counts the passes until the answer has started a coroutine for each
place then free.  An answer that lets the end of a coroutine start the next one (a semaphore, worker tasks, a
wait for the first completed) needs a few passes, however slow or busy the machine: passes, not seconds, are
what it spends.  An answer that looks only now and then (a sleep and a look, a wait with a timeout) waits for a
timer, and the loop runs :data:`PASSES` passes in well under a millisecond: a 2 ms look is late after about
half of the ends, a 10 ms one after most.  A look every millisecond or less comes close to a right answer: the
loop wakes on the same millisecond tick for the end and for the look, and it is late after only a few ends.

A thread in the same process that keeps the interpreter busy takes the GIL from the loop only every switch
interval (5 ms), not at every pass, so most chains still run in well under a millisecond: with three such
threads on one CPU, a 10 ms look was still late after 21 of 37 ends, and every right answer after none.
"""

from __future__ import annotations

import asyncio
import time
from typing import Callable

#: How many passes of the event loop an end may take before every place it left free is filled.  The right
#: answers kept in the tests need 1 to 4 (worker tasks have taken the next by the first look; a semaphore's
#: waiter starts it by the second; a wait for the first completed wakes, makes a task and starts it by the
#: fourth), and one that acquires under
#: ``asyncio.wait_for`` and awaits under ``asyncio.shield`` needs 7 (5 on Python 3.13).
PASSES = 16

#: How many of its 5 ms polls the first coroutine (see :meth:`RefillWatch.first_waits`) sees no other start or
#: end before it takes the answer to be waiting for it: 50 ms on an idle machine, more than a right answer's 10
#: to 30 ms coroutines leave between two ends (each a timer of the same loop, so a starved loop delays both
#: alike), and less than an answer that refills its places only every 100 ms leaves them idle.
QUIET_POLLS = 10

Counts = Callable[[], "tuple[int, int, int]"]  # coroutines started, running and finished, now


class RefillWatch:
    """Count, in passes of the event loop, how soon each freed place is filled while coroutines wait.

    ``places`` is the answer's limit and ``total`` the coroutines it is given.  :meth:`ended` is called in the
    step where a coroutine ends; ``late`` counts the ends after which some place it left free was still empty
    :data:`PASSES` passes later, ``slowest`` the most passes any filled one took.

    >>> async def demo():
    ...     watch, now = RefillWatch(places=2, total=3), [2, 2, 0]  # 2 of 3 started, both running
    ...     counts = lambda: tuple(now)
    ...     now[1:] = [1, 1]  # one ends, and nothing starts the third
    ...     watch.ended(counts)
    ...     await asyncio.sleep(0.01)
    ...     return watch.ends, watch.late
    >>> asyncio.run(demo())
    (1, 1)
    """

    def __init__(self, places: int, total: int) -> None:
        self.places, self.total = places, total
        self.ends = self.late = self.slowest = 0

    def ended(self, counts: Counts) -> None:
        """Watch how soon the places free after this end are filled; call it in the step where one ended."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a coroutine closed outside its loop, after the check: nothing to watch
            return
        started, running, _ = counts()
        free = min(self.places - running, self.total - started)
        if free <= 0:
            return
        self.ends += 1

        def look(passes: int) -> None:
            filled = counts()[0] - started >= free
            if not filled and passes < PASSES:
                loop.call_soon(look, passes + 1)
            elif filled:
                self.slowest = max(self.slowest, passes)
            else:
                self.late += 1

        loop.call_soon(look, 1)

    async def first_waits(self, counts: Counts, at_most_s: float) -> None:
        """Hold the first coroutine until the others have ended, or none has started or ended for a while.

        Polled, in the loop the others run in.  Quiet is counted in polls, not seconds: a busy machine that
        stalls the whole process for a while stalls this loop too, and makes one poll, not the others' silence.
        """
        deadline = time.monotonic() + at_most_s
        seen, quiet = -1, 0
        while counts()[2] < self.total - 1 and quiet < QUIET_POLLS and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
            started, _, finished = counts()
            seen, quiet = started + finished, (quiet + 1 if started + finished == seen else 0)
