"""How soon a bounded gather fills a place a coroutine freed, seen from the event loop's turns.

Each turn of an asyncio event loop first asks its selector for what is ready, then runs every callback that was
ready: a coroutine's next step, a future's done callbacks, timers that are due.  When it has nothing ready to run,
the loop asks the selector to *wait*, until the next timer or until I/O comes (or not at all, if a timer is
already due).  :class:`CountedLoop` runs a coroutine in a loop whose selector counts its turns and tells a
:class:`RefillWatch` whether the loop had anything ready to run.

An answer that lets the end of a coroutine start the next (a semaphore, worker tasks, a wait for the first
completed) has a callback ready from the end until the next coroutine has started, so the loop never waits in
between, however slow or busy the machine.  An answer that looks only now and then (a sleep and a look, a wait
with a timeout) has nothing ready until its timer fires, so the loop turns with nothing ready while the place
stands free: the watch counts each such turn.  An answer that looks again at once (``asyncio.sleep(0)``) always
has a callback ready, and makes a turn for every look: thousands, where a right answer makes a few hundred.
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
    """Count the turns at which the event loop had nothing ready while a place stood free and coroutines waited.

    ``places`` is the answer's limit and ``total`` the coroutines it is given.  :class:`CountedLoop` calls
    :meth:`turn` at every turn; ``waits`` counts those at which the loop had nothing ready to run (it waited
    for a timer or I/O, or ran a timer already due) while fewer than ``places`` coroutines ran and some had not
    started.

    >>> watch = RefillWatch(places=2, total=3)
    >>> watch.turn(False, lambda: (2, 1, 1))  # a place is free, but a callback is ready to fill it
    >>> watch.turn(True, lambda: (2, 1, 1))  # a place is free, and nothing is ready: the loop waits
    >>> watch.turn(True, lambda: (3, 2, 1))  # every place is taken
    >>> watch.waits
    1
    """

    def __init__(self, places: int, total: int) -> None:
        self.places, self.total = places, total
        self.waits = 0

    def turn(self, idle: bool, counts: Counts) -> None:
        """Note a turn of the loop about to ask its selector for events, ``idle`` if it has nothing ready to run."""
        if not idle:
            return
        started, running, _ = counts()
        self.waits += min(self.places - running, self.total - started) > 0

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

    ``on_turn``, if given, is called at every turn with whether the loop has nothing ready to run (its callbacks
    all ran, and it is about to wait, or to run a timer already due).  A loop whose coroutines only sleep makes
    a turn when one of them wakes, or when a callback is ready: a few hundred for exercise 8's first run, on a
    slow machine as on a fast one.  An answer that spins (looks again at once, with ``asyncio.sleep(0)``) makes
    one turn per look, thousands of them, as many as the CPU it gets allows.

    >>> async def spin():
    ...     for _ in range(1000):
    ...         await asyncio.sleep(0)
    >>> counted = CountedLoop()
    >>> counted.run(spin())
    >>> counted.turns > 1000
    True
    """

    def __init__(self, on_turn: Callable[[bool], None] | None = None) -> None:
        self.turns = 0
        self._on_turn = on_turn

    def run(self, main: Coroutine[Any, Any, T]) -> T:
        """Run ``main`` to its end, as :func:`asyncio.run` does, and return its result."""
        counted = self

        class Selector(selectors.DefaultSelector):  # the platform's own, asked once a turn
            def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
                counted.turns += 1
                if counted._on_turn:
                    # The loop asks for no wait (0) when a callback is ready, and also when a timer is already
                    # due: its queue of ready callbacks tells them apart.  _ready is private, but every asyncio
                    # from 3.4 to 3.14 has it; without it, a wait asked for is the sign.
                    ready = getattr(loop, "_ready", None)
                    counted._on_turn(not ready if ready is not None else timeout != 0)
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
