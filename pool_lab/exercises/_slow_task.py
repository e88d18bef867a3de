"""One task made slow, and what an answer does beside it: how a check tells a pool from a group-waiter.

Exercises 5, 6 and 7 make one task slow (exercise 10's receiver does the
same for one message: :mod:`pool_lab.downstream`).  Once another task has ended
while it runs, an answer whose freed places are refilled both takes more
items and begins more tasks before it ends: a pool whose workers take from
one queue, thousands; a window of futures that waits for its oldest, one
for each task still ahead of the slow one.  An answer that waits for a
whole group of as many tasks as its threads begins none, even if it takes
the next group's items one by one as tasks end; one that takes a whole
group at once takes none, whatever the group's size.  Both counts are
needed: items taken alone pass the first, and tasks begun alone pass a
group larger than the answer's threads.  Together they still pass one
design, where the check sees only the tasks that begin (not those
submitted): a group larger than the threads that also takes the next
group's items one by one as tasks end.
"""

from __future__ import annotations

import threading

__all__ = ["HOLD_S", "SlowTask"]

# The task just before the slow one waits until the slow one has begun, at most this long: so a window that waits
# for its oldest has a task still ahead of the slow one, however late the slow one's thread runs.  (On a busy
# machine the uploads before exercise 7's slow one, 3 ms each, had all ended before it began, and two right
# answers failed as group-waiters.)  An answer that does not submit the slow task until the one before has ended
# waits this long once.
HOLD_S = 0.2


class SlowTask:
    """What an answer did while one task was slow, once another task had ended: ``taken`` items, ``begun`` tasks.

    The check calls :meth:`slow_begins` and :meth:`slow_ends` around the
    slow task, :meth:`ended` when any other task ends, :meth:`taken_one` as
    the answer takes an item, :meth:`begins` as another task begins, and
    :meth:`hold` in the task just before the slow one.  If the answer had
    taken every item by the time another task ended (:meth:`all_taken`),
    ``took_all_first`` says so: nothing was left to take, and the check
    cannot tell a window from a group larger than the answer's threads.

    >>> watch = SlowTask()
    >>> watch.slow_begins(); watch.taken_one(); watch.ended(); watch.taken_one(); watch.slow_ends()
    >>> watch.taken, watch.begun, watch.refilled  # took one after the end, but began nothing: a prefetching group
    (1, 0, False)
    >>> watch.slow_begins(); watch.ended(); watch.taken_one(); watch.begins(); watch.slow_ends(); watch.begins()
    >>> watch.taken, watch.begun, watch.refilled
    (1, 1, True)
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slow_begun = threading.Event()
        self._running = self._another_ended = self._all_taken = False
        self.taken = self.begun = 0
        self.took_all_first = False

    @property
    def refilled(self) -> bool:
        """Whether the answer took more items and began more tasks, as a freed place does."""
        return self.taken > 0 and self.begun > 0

    def missed(self, verb: str, noun: str, source: str = "input") -> str:
        """Say what an answer that did not refill its places did instead; ``verb`` and ``noun`` name a task's start,
        ``source`` what the items come from.

        >>> watch = SlowTask()
        >>> watch.slow_begins(); watch.ended(); watch.taken_one(); watch.slow_ends()
        >>> watch.missed("began", "upload")
        'began no upload (it took 1 item meanwhile: taking the next items is not enough)'
        """
        if self.taken:
            return (f"{verb} no {noun} (it took {self.taken} item{'s' * (self.taken > 1)} meanwhile: taking the next "
                    "items is not enough)")
        if self.begun:
            return (f"took no item from the {source} (it {verb} {self.begun} {noun}{'s' * (self.begun > 1)} of "
                    "items it had taken before: a group larger than its threads)")
        return f"took no item from the {source} and {verb} no {noun}"

    def slow_begins(self) -> None:
        """Note that the slow task has begun: count afresh from now."""
        with self._lock:
            self._running, self._another_ended, self.taken, self.begun = True, False, 0, 0
        self._slow_begun.set()

    def slow_ends(self) -> None:
        """Note that the slow task has ended: nothing counts after it."""
        with self._lock:
            self._running = False

    def hold(self) -> None:
        """Wait until the slow task has begun, at most :data:`HOLD_S` (in the task just before it)."""
        self._slow_begun.wait(HOLD_S)

    def all_taken(self) -> None:
        """Note that the answer has taken the input's last item."""
        self._all_taken = True

    def ended(self) -> None:
        """Note that a task other than the slow one has ended."""
        if not self._running:  # the common case, read without the lock: a check's stream calls this 100,000 times
            return
        with self._lock:
            if self._running and not self._another_ended:
                self._another_ended, self.took_all_first = True, self._all_taken

    def taken_one(self) -> None:
        """Note that the answer took an item."""
        if not self._running:
            return
        with self._lock:
            self.taken += self._running and self._another_ended

    def begins(self) -> None:
        """Note that a task other than the slow one begins."""
        if not self._running:
            return
        with self._lock:
            self.begun += self._running and self._another_ended
