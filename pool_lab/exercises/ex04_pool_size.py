"""The check of ``pool_size`` (chapter 3, sizing the pool): size a pool by throughput and memory together."""

from __future__ import annotations

import functools
import math
from typing import Callable

from ._harness import CheckReport, Exercise, described, expect, run
from .ex03_workers_for import _exact

__all__ = ["PoolDoesNotFit", "check_pool_size"]

_EXERCISE = Exercise(__name__)

#: (tasks/s, latency s, MiB per task, budget MiB, base MiB, workers or None if no size fits):
#: each case catches a different slip.
_SIZING_CASES = (
    (20, 0.25, 8, 256, 64, 5),  # plenty of room: the throughput decides, not the memory
    (10, 0.25, 4, 100, 40, 3),  # 2.5 tasks in flight: round up
    (24, 0.5, 16, 256, 64, 12),  # 12 workers fill the budget exactly: still fits
    (40, 0.5, 16, 256, 64, None),  # 20 needed, 12 fit, 16 even without the base: only the throughput says 20
    (25, 0.5, 16, 256, 64, None),  # 12.5 in flight, 13 needed, 12 fit: only without the base would they "fit"
    (100, 0.07, 4, 256, 64, 7),  # 100 × 0.07 is 7.000000000000001 in floating point: ceil alone says 8
    (6, 0.5, 0.1, 64.3, 64, 3),  # room for 3, though (64.3 - 64) / 0.1 is 2.9999999999999716 in floating point
    (14, 0.5, 0.1, 1.7, 1, 7),  # 1 + 7 × 0.1 fills 1.7 exactly, though in floating point it is 1.7000000000000002
    (20, 0.2501, 8, 256, 64, 6),  # 5.002 in flight is a real fraction, not noise: rounding it to 0.1 says 5
    (2, 0.500000001, 8, 256, 64, 2),  # 1.000000002, a fraction at the 9th decimal: coarser rounding says 1
    (24, 0.5, 16.03, 256, 64, None),  # 12 needed hold 256.36 MiB, over by 0.36: rounding the MiB to whole says fits
    (8, 0.5, 0.1, 64.3, 64, None),  # 4 needed, 3 fit, though (64.3 - 64) / 0.1 is 2.9999999999999716: "2 fit" is false
)


def _noisy(x: float) -> bool:
    return round(x, 9) != x


def _whole(x: float, up: bool) -> int:
    """Return ``x`` rounded up (or down) to a whole number, once floating-point noise is rounded away."""
    x = round(x, 9)  # 7.000000000000001 is 7
    return math.ceil(x) if up else math.floor(x)


def _raised(error: object) -> str:
    """Return what an answer raised as a message names it: a PoolDoesNotFit by its figures."""
    if isinstance(error, PoolDoesNotFit):
        return repr(error)
    return described(error)


class PoolDoesNotFit(ValueError):
    """No pool size meets both the target and the budget: ``needed`` workers reach the target, ``fits`` fit.

    Exercise 4's answer raises it where no pool size works; it is a
    ValueError whose figures say why, so the check (and any caller) reads
    them, not an English sentence.

    >>> error = PoolDoesNotFit(needed=20, fits=12)
    >>> print(error)
    20 workers are needed to reach the target, but only 12 fit in the memory budget
    >>> error
    PoolDoesNotFit(needed=20, fits=12)
    >>> error.needed - error.fits
    8
    >>> PoolDoesNotFit(needed=12, fits=12)
    Traceback (most recent call last):
      ...
    ValueError: PoolDoesNotFit(needed=12, fits=12): needed must be more than fits; if the workers the ... raising
    """

    def __init__(self, needed: int, fits: int) -> None:
        for name, count in (("needed", needed), ("fits", fits)):
            if not isinstance(count, int) or isinstance(count, bool):
                raise TypeError(f"PoolDoesNotFit's {name} is a count of workers, an int, not {count!r} "
                                f"({type(count).__name__})")
        if needed <= fits:
            raise ValueError(f"{PoolDoesNotFit.__name__}(needed={needed}, fits={fits}): needed must be more than "
                             "fits; if the workers the target needs fit, return that pool instead of raising")
        some = f"only {fits}" if fits > 0 else "none"
        super().__init__(f"{needed} workers are needed to reach the target, but {some} fit in the memory budget")
        self.needed, self.fits = needed, fits

    def __repr__(self) -> str:
        return f"{type(self).__name__}(needed={self.needed}, fits={self.fits})"

    def __reduce__(self) -> tuple[type, tuple[int, int]]:  # pickled with its figures, not its message
        return type(self), (self.needed, self.fits)


def _refusal_hint(returned: object, needed: int, room_without_base: float, fits: int, over_mib: float) -> str:
    """Return the hint for a size returned where none fits: the memory left out, only its base, one payload, or
    the MiB rounded."""
    if not isinstance(returned, int):  # None or another error: no sign of which slip it was
        return ""
    if over_mib < 1:  # over by a fraction of a MiB: rounded to whole MiB before the comparison
        return f" Hint: compare the MiB as they are, not rounded: {over_mib:.2f} MiB over is over."
    if needed > room_without_base:  # it does not fit even without the base: the memory was never compared
        return " Hint: compare the memory the workers hold with the budget, not only the throughput."
    if needed == fits + 1:  # one worker over: the base left out, or a payload (a bound off by one)
        return " Hint: count the process's base memory too. Every worker holds a payload: base + workers × task_mib."
    return " Hint: count the process's base memory too."


def _judge_refusal(error: BaseException | None, call: str, case: tuple[float, ...], needed: int, fits: int) -> None:
    """Fail unless ``error`` is a :class:`PoolDoesNotFit` that carries the workers needed and the workers that fit."""
    tasks_per_s, latency_s, task_mib, budget_mib, base_mib = case
    # A PoolDoesNotFit built with figures that fit refuses itself: the answer meant one, its figures are wrong.
    built = ("the PoolDoesNotFit your answer built refused its own figures" if str(error).startswith(
        f"{PoolDoesNotFit.__name__}(") else "say why with the figures" + (", not in words alone" if str(error) else ""))
    expect(isinstance(error, PoolDoesNotFit),
           f"{call} raised {_raised(error)}; {built}: raise PoolDoesNotFit(needed={needed}, fits={fits}), a "
           "ValueError that carries them (from pool_lab import PoolDoesNotFit).")
    assert isinstance(error, PoolDoesNotFit)  # for the type checker: expect() has just failed otherwise
    product = tasks_per_s * latency_s
    expect(error.needed == needed,
           f"{call} raised PoolDoesNotFit(needed={error.needed}, fits={error.fits}); but {tasks_per_s} tasks/s × "
           f"{latency_s} s = {_exact(product)} tasks in flight, so the target needs {needed} workers. Hint: "
           + ("round Little's law up (math.ceil), not down." if error.needed == _whole(product, up=False)
              else "Little's law, tasks_per_s × latency_s, rounded up."))
    fill = base_mib + error.fits * task_mib
    if error.fits > fits:
        hint = (" Hint: count the process's base memory too: base + workers × task_mib."
                if error.fits == _whole(budget_mib / task_mib, up=False) else
                " Hint: compare the MiB as they are, not rounded." if error.fits == round(budget_mib - base_mib)
                // round(task_mib) else " Hint: the most workers whose base + workers × task_mib is within it.")
        raise AssertionError(f"{call} raised PoolDoesNotFit(needed={error.needed}, fits={error.fits}); but {base_mib} "
                             f"MiB + {error.fits} × {task_mib} MiB = {_exact(fill)} MiB is over the {budget_mib} MiB "
                             f"budget: {fits} fit.{hint}")
    room = (budget_mib - base_mib) / task_mib
    expect(error.fits == fits,
           f"{call} raised PoolDoesNotFit(needed={error.needed}, fits={error.fits}); but {base_mib} MiB + {fits} × "
           f"{task_mib} MiB = {_exact(base_mib + fits * task_mib)} MiB is within the {budget_mib} MiB budget: {fits} "
           "fit." + (f" In floating point, ({budget_mib} - {base_mib}) / {task_mib} is {room!r}: round that noise away "
                     "(round(x, 9)) before you round down." if math.floor(room) == error.fits and _noisy(room)
                     else " Hint: the most workers whose base + workers × task_mib is within it, rounded down."))


@_EXERCISE.check
def check_pool_size(pool_size: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib)``.

    The answer must return the fewest workers that reach ``tasks_per_s``
    (Little's law, rounded up) when that many fit in the memory budget (the
    process's ``base_mib`` plus ``task_mib`` per worker, at most
    ``budget_mib``), and raise ``PoolDoesNotFit(needed, fits)`` (a
    ValueError that carries the workers the target needs and the most that
    fit) when they do not: then no pool size meets both, and something else
    (the payload, the budget, the target) must change.
    Twelve cases catch using the throughput alone, the memory alone,
    rounding down, forgetting the base, refusing a pool that fills the
    budget exactly, rounding the MiB (256.36 is over a budget of 256),
    rounding away a real fraction (5.002 tasks in flight need 6 workers,
    1.000000002 need 2), and being misled by floating-point noise
    (``100 * 0.07`` is ``7.000000000000001``, ``(64.3 - 64) / 0.1`` is
    ``2.9999999999999716``, in a pool that fits and in a refusal, and
    ``1 + 7 * 0.1`` is ``1.7000000000000002``, over a budget of 1.7).
    Prints a line and returns a :class:`CheckReport` if it passed; raises
    AssertionError saying what was wrong if not.

    The example calls it on an answer not yet written: a student reads this
    docstring with ``check_pool_size?``, so it holds no answer.

    >>> def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    ...     raise NotImplementedError()
    >>> report = check_pool_size(pool_size)
    Exercise 4 (pool_size): not attempted yet. Replace raise NotImplementedError() ...
    >>> report.passed
    False
    """
    figures = []
    for tasks_per_s, latency_s, task_mib, budget_mib, base_mib, expected in _SIZING_CASES:
        call = f"pool_size({tasks_per_s}, {latency_s}, {task_mib}, {budget_mib}, {base_mib})"
        needed, fits = _whole(tasks_per_s * latency_s, up=True), _whole((budget_mib - base_mib) / task_mib, up=False)
        outcome = run(functools.partial(pool_size, tasks_per_s, latency_s, task_mib, budget_mib, base_mib),
                      timeout_s, functools.partial("{} did not return within {:g} s.".format, call, timeout_s))
        if expected is None:
            over_mib = base_mib + needed * task_mib - budget_mib  # how far the pool the target needs goes over
            expect(isinstance(outcome.error, ValueError),
                   f"{call} " + (f"returned {outcome.value!r}" if outcome.error is None
                                 else f"raised {_raised(outcome.error)}")
                   + f"; the target needs {_exact(tasks_per_s * latency_s)} tasks in flight, so {needed} workers, and "
                   f"{base_mib} MiB + {needed} × {task_mib} MiB is over the {budget_mib} MiB budget (room for {fits} "
                   f"workers). No pool size meets both: raise PoolDoesNotFit(needed={needed}, fits={fits}) saying so."
                   + _refusal_hint(outcome.value, needed, budget_mib / task_mib, fits, over_mib))
            _judge_refusal(outcome.error, call, (tasks_per_s, latency_s, task_mib, budget_mib, base_mib), needed, fits)
            figures.append((call, f"PoolDoesNotFit: {outcome.error}"))
            continue
        product, fill = tasks_per_s * latency_s, base_mib + expected * task_mib
        room = (budget_mib - base_mib) / task_mib
        noisy = [said for said, x in ((f"{tasks_per_s} × {latency_s} is {product!r}", product),
                                      (f"{base_mib} + {expected} × {task_mib} is {fill!r}", fill),
                                      (f"({budget_mib} - {base_mib}) / {task_mib} is {room!r}", room)) if _noisy(x)]
        noise = "" if not noisy else (
            f" In floating point, {' and '.join(noisy)}: round that noise away (round(x, 9)) before you round up or "
            "down, or compare.")
        if isinstance(outcome.error, ValueError):
            raise AssertionError(
                f"{call} raised {_raised(outcome.error)}; but {expected} workers reach "
                f"{tasks_per_s} tasks/s, and "
                f"{base_mib} MiB + {expected} × {task_mib} MiB = {fill:g} MiB is within the {budget_mib} MiB budget "
                f"(a pool that fills it exactly fits).{noise}")
        got = outcome.result(call)
        expect(isinstance(got, int) and not isinstance(got, bool),
               f"{call} returned {got!r} ({type(got).__name__}); a number of workers is a whole number (an int). "
               "Hint: math.floor returns an int, but // of floats returns a float.")
        expect(got >= expected,
               f"{call} returned {got}; {tasks_per_s} tasks/s × {latency_s} s = {_exact(product)} tasks in flight on "
               f"average, so {got} workers cannot keep up. Hint: Little's law gives the throughput's minimum; round "
               "it up" + (f", and round away only floating-point noise (round(x, 9)): {_exact(product)} is a real "
                          "fraction." if got in {_whole(round(product, places), up=True) for places in range(1, 9)}
                          else "."))
        expect(got <= expected,
               f"{call} returned {got}; {expected} workers already reach {tasks_per_s} tasks/s, and each extra "
               f"one holds another {task_mib} MiB." + (" Hint: the budget caps the pool, it does not size it."
                                                        if got == fits else noise or
                                                        " Hint: Little's law rounded up (math.ceil), no more."))
        figures.append((call, f"{got} workers, {base_mib + got * task_mib:g} MiB of {budget_mib} (room for {fits})"))
    summary = (f"all {len(_SIZING_CASES)} cases sized right, including the four where no pool size meets both the "
               "target and the budget (refused with the workers needed and the workers that fit; one of them noisy "
               "too), three more where floating-point noise misleads, and the two whose fraction is tiny but real.")
    return _EXERCISE.passed(summary, tuple(figures))
