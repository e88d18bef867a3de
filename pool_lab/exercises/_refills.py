"""How soon a bounded gather fills a place a coroutine freed, seen from the event loop's turns.

Each turn of an asyncio event loop first asks its selector for I/O, then runs the callbacks that are ready (a
coroutine's next step, a future's done callbacks) and the timers that are due.  A turn that begins with no
callback ready is a *rest*: the selector waits until the next timer is due (not at all, if one already is).
:class:`CountedLoop` runs a coroutine in a loop whose selector counts its turns and tells a :class:`RefillWatch`
whether each one is a rest.

An answer that lets the end of a coroutine start the next (a semaphore, worker tasks, a wait for the first
completed) has a callback ready from the end until the next coroutine has started, so the loop never rests in
between, however slow or busy the machine.  An answer that looks only now and then (a sleep and a look, a wait
with a timeout) has only a timer until it looks, so the loop rests while the place stands free: the watch counts
each such rest.  And while every place is taken, a right answer has nothing to do, and the loop waits for a timer
not yet due; one that looks again at once (``asyncio.sleep(0)``, or a sleep so short its timer is due by the next
turn) always has its next look ready or due, and the loop never waits.
"""

from __future__ import annotations

import asyncio
import selectors
import sys
import time
from typing import Any, Callable, Coroutine, TypeVar

T = TypeVar("T")
Counts = Callable[[], "tuple[int, int, int]"]  # coroutines started, running and finished, now

#: How many of its 5 ms polls the first coroutine (see :meth:`RefillWatch.first_waits`) sees no other start or
#: end before it takes the answer to be waiting for it: 50 ms on an idle machine, more than a right answer's 10
#: to 30 ms coroutines leave between two ends (each a timer of the same loop, so a starved loop delays both
#: alike), and less than an answer that refills its places only every 100 ms leaves them idle.
QUIET_POLLS = 10


class RefillWatch:
    """Count the event loop's rests while coroutines wait to start: with a place free, and with none.

    ``places`` is the answer's limit and ``total`` the coroutines it is given.  :class:`CountedLoop` calls
    :meth:`turn` at every turn.  While some coroutines have not started, ``free_rests`` counts the rests (turns
    that began with no callback ready) at which fewer than ``places`` ran, and ``full_waits`` the waits: the rests,
    once a coroutine has ended, at which every place was taken and the loop waited for a timer not yet due.

    >>> watch = RefillWatch(places=2, total=3)
    >>> watch.turn(False, False, lambda: (2, 1, 1))  # a place is free, but a callback is ready to fill it
    >>> watch.turn(True, True, lambda: (2, 1, 1))  # a place is free, and the loop rests
    >>> watch.turn(True, True, lambda: (2, 2, 0))  # every place is taken, and the loop waits: none has ended
    >>> watch.turn(True, False, lambda: (2, 2, 1))  # every place is taken; a timer is due: no wait
    >>> watch.turn(True, True, lambda: (2, 2, 1))  # every place is taken, and the loop waits
    >>> watch.free_rests, watch.full_waits
    (1, 1)
    """

    def __init__(self, places: int, total: int) -> None:
        self.places, self.total = places, total
        self.free_rests = self.full_waits = 0

    def turn(self, idle: bool, waits: bool, counts: Counts) -> None:
        """Note a turn about to ask the selector for events: ``idle`` if no callback is ready, and ``waits`` if the
        selector is to wait for a timer not yet due."""
        if not idle:
            return
        started, running, finished = counts()
        if started < self.total:
            self.free_rests += running < self.places
            self.full_waits += running >= self.places and waits and finished > 0

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


class CountedLoop:
    """Run a coroutine in a new event loop that counts its turns: each asks the loop's selector once for events.

    ``on_turn``, if given, is called at every turn with whether it is a rest (no callback is ready, so that
    the selector waits for the next timer) and whether the selector is to wait (not if a timer is already
    due).  A loop whose coroutines only sleep makes a turn when one of them wakes, or when a callback is ready;
    one that spins (looks again at once, with ``asyncio.sleep(0)``) makes one turn per look.

    >>> async def spin():
    ...     for _ in range(1000):
    ...         await asyncio.sleep(0)
    >>> counted = CountedLoop()
    >>> counted.run(spin())
    >>> counted.turns > 1000
    True
    """

    def __init__(self, on_turn: Callable[[bool, bool], None] | None = None) -> None:
        self.turns = 0
        self._on_turn = on_turn

    def run(self, main: Coroutine[Any, Any, T]) -> T:
        """Run ``main`` to its end, as :func:`asyncio.run` does, and return its result."""
        counted = self

        # select(), not the platform's default: on Linux epoll rounds every wait up to a whole millisecond, so the
        # loop would wake for an end and for a 1 ms look at once, and a loop that sleeps 1 ms and looks would seem
        # to refill at once.  select() waits as long as the next timer asks, to the microsecond.
        class Selector(selectors.SelectSelector):  # asked once a turn
            def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
                counted.turns += 1
                if counted._on_turn:
                    # The loop asks for no wait (0) when a callback is ready, and also when a timer is already
                    # due: its queue of ready callbacks tells them apart.  _ready is private, but every asyncio
                    # from 3.4 to 3.14 has it; without it, a wait asked for is the sign.
                    ready = getattr(loop, "_ready", None)
                    counted._on_turn(not ready if ready is not None else timeout != 0, timeout != 0)
                return super().select(timeout)

        loop: asyncio.AbstractEventLoop | None = None

        def new_loop() -> asyncio.AbstractEventLoop:
            nonlocal loop
            loop = asyncio.SelectorEventLoop(Selector())
            return loop

        if sys.version_info >= (3, 11):
            with asyncio.Runner(loop_factory=new_loop) as runner:
                return runner.run(main)
        own = new_loop()  # Python 3.10 has no Runner: what asyncio.run does, with this loop
        asyncio.set_event_loop(own)
        try:
            return own.run_until_complete(main)
        finally:
            try:
                tasks = asyncio.all_tasks(own)
                for task in tasks:
                    task.cancel()
                own.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
                own.run_until_complete(own.shutdown_asyncgens())
                own.run_until_complete(own.shutdown_default_executor())
            finally:
                asyncio.set_event_loop(None)
                own.close()
