"""The check of ``pool_size`` (chapter 3, sizing the pool): size a pool by throughput and memory together."""

from __future__ import annotations

import functools
import math
import re
from typing import Callable

from ._harness import CheckReport, Exercise, expect, run
from .ex03_workers_for import _exact

__all__ = ["check_pool_size"]

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


def _says_why(message: str, case: tuple[float, ...], needed: int, fits: int) -> bool:
    """Whether a refusal says why in numbers: a figure of what the target needs, worked out, against the budget.

    Against the budget: its MiB, the MiB beside the base, or the workers that fit.  What the target needs: a
    count of workers past those that fit (up to the ``needed`` ones), the tasks in flight, the MiB such a pool
    holds (with the base, or without it beside the room without it), or how far over the budget the target
    goes, in MiB or in workers.  Each figure counts at the decimals the message gives it; a figure the case
    already gives (an argument, the budget's room) is no need worked out, except as the overage.
    """
    tasks_per_s, latency_s, task_mib, budget_mib, base_mib = case
    room_mib = budget_mib - base_mib
    # Each number with the first unit named in the words after it, if any: "1 MiB over" is not 1 worker over.
    written = [(n, float(n), unit) for n, unit in
               re.findall(r"(\d+(?:\.\d+)?)(?=(?:[^\d]{0,20}?(?<![A-Za-z])(MiB|worker))?)", message)]
    beyond = range(fits + 1, needed + 1)  # "13 workers need 272 MiB" is as true a why as the 20 the target needs

    def said(n: str, x: float) -> bool:
        return float(n) == round(x, len(n.partition(".")[2]))

    def gives(*figures: float) -> bool:
        return any(said(n, x) for n, _, _ in written for x in figures)

    bases = (base_mib, 0) if gives(room_mib, fits, *(base_mib + k * task_mib for k in beyond)) else (base_mib,)

    def overage(n: str, x: float, unit: str) -> bool:  # "0 MiB over" is no why
        return x > 0 and (unit != "worker" and said(n, base_mib + needed * task_mib - budget_mib)
                          or unit != "MiB" and x == needed - fits)

    def need(n: str, x: float, unit: str) -> bool:
        return x not in {tasks_per_s, latency_s, task_mib, budget_mib, base_mib, room_mib, fits} and (
            unit != "MiB" and (x in beyond or said(n, tasks_per_s * latency_s))
            or unit != "worker" and any(said(n, base + k * task_mib) for base in bases for k in beyond))

    # "(20, 12)" gives numbers but says nothing: one at least must come with its unit.
    return any(unit for _, _, unit in written) and gives(budget_mib, room_mib, fits) and any(
        overage(n, x, unit) or need(n, x, unit) for n, x, unit in written)


# "The 64 MiB budget", "a budget of 64 MiB": the budget; "needs a budget of 384 MiB": what a pool needs.
_BUDGET_WORDS = re.compile(
    r"(?P<needs>\b(?:needs?|needed|needing|requires?|required|requiring)(?: at least)? (?:an? )?)?"
    r"(?:(?<![\d.])(?P<size>\d+(?:\.\d+)?)[ -]?MiB (?:memory )?budget"
    r"|(?:memory )?[Bb]udget(?: of| is| was|:| =|,)? \(?(?:only |just |at least )?(?P<of>\d+(?:\.\d+)?) ?MiB)")


def _budgets_said(message: str) -> list[tuple[str, bool]]:
    """Return each number a refusal calls a budget, and whether its words say a pool needs that budget."""
    return [(found["size"] or found["of"], bool(found["needs"])) for found in _BUDGET_WORDS.finditer(message)]


# "20 workers need 384 MiB": what a pool holds.  "Holds 64 MiB base + ..." and "takes 16 MiB each" name their
# parts after the number; "each worker takes 16 MiB" (one payload) and "the process already uses 64 MiB" (the
# base) name what holds it just before, with a verb in the singular ("16 MiB each need 384 MiB" is a pool's).
_HOLDING_WORDS = re.compile(r"\b(?:(?P<singular>needs|holds|takes|requires|uses)|needed|need|hold|take|require|use)"
                            r" (?P<n>\d+(?:\.\d+)?) MiB(?!\s*(?:[+×x*]|base\b|each|per\b|apiece|of (?:base|payload)))")
_ADVERBS = r"(?: (?:already|alone|itself|idle|only|on its own|by itself|in flight|at once))* $"
# Either may begin a sentence: "Each worker takes 16 MiB." (read 43: capitals failed a right refusal).
_ONE_WORKER = re.compile(r"\b(?:each(?: of the \d+)?(?: (?:single )?(?:worker|task|payload|thread)s?)?"
                         r"|(?:a|one|every)(?: single)? (?:worker|task|payload|thread))" + _ADVERBS, re.IGNORECASE)
_THE_BASE = re.compile(r"\b(?:process|base|baseline|service|interpreter|program|application|app|container|runtime"
                       r"|python)" + _ADVERBS, re.IGNORECASE)
# The count that fits: "12 fit", "room for 12", "fits only 12", "fits 12 workers", "the budget allows 12", "can
# hold 12 workers", "holds at most 12 workers", "a maximum of 12 workers"; not what is denied ("does not allow
# 20 workers", "not enough room for 20", "cannot fit 20 workers") nor a purpose ("to fit 20 workers").
_NOT = r"(?<!not )(?<!n't )(?<!cannot )(?<!never )(?<!to )(?<!no )(?<!not enough )(?<!n't enough )"
_AT_MOST = r"(?: only| just| at most| up to)?"
_FITS_WORDS = (r"(?<![\d.])(\d+(?:\.\d+)?) (?:workers? )?(?:that )?fits?\b"
               rf"|{_NOT}\b(?:room|space) for{_AT_MOST} (\d+(?:\.\d+)?)"
               r"|\bfits? (?:only|just|at most) (\d+(?:\.\d+)?)"
               rf"|{_NOT}\bfits? (\d+(?:\.\d+)?) workers?"
               rf"|{_NOT}\b(?:allows?|permits?|accommodates?){_AT_MOST} (\d+(?:\.\d+)?)(?![\d.]| ?(?:MiB|KiB|%|tasks))"
               rf"|\bcan{_AT_MOST} (?:hold|take|accommodate|afford|support){_AT_MOST} (\d+(?:\.\d+)?) workers?"
               r"|\b(?:holds?|takes?|supports?)(?: only| just| at most| up to) (\d+(?:\.\d+)?) workers?"
               r"|\bmax(?:imum)?(?: of)? (\d+(?:\.\d+)?) workers?")


def _holdings_said(message: str) -> list[tuple[str, str]]:
    """Return each number a refusal says something holds, with what holds it: one worker, the base, or a pool."""
    said = []
    for found in _HOLDING_WORDS.finditer(message):
        before = message[:found.start()]
        holder = "pool"
        if found["singular"]:
            holder = "one" if _ONE_WORKER.search(before) else "base" if _THE_BASE.search(before) else "pool"
        said.append((found["n"], holder))
    return said


def _false_figures(message: str, case: tuple[float, ...], needed: int, fits: int) -> list[str]:
    """Return the numbers of a refusal that its own words name as a figure it is not.

    "The 64 MiB budget" or "a budget of 64 MiB" must be the budget (or its room beside the base), "needs a
    budget of 384 MiB" what a pool needs; "needs 256 MiB" what a pool from the one that fits to the one the
    target needs holds (with its base; without it only beside the room without it or a total with it), "each
    worker takes 16 MiB" one payload, "the process uses 64 MiB" the base; "= 208 MiB" one of the case's MiB;
    "only 12 fit" or "allows only 12" the count that fits; "64 MiB over" or "8 too many" the overage (or the
    need); "12.5 tasks in flight" Little's L; "24 tasks/s" the target or a rate a pool or a worker reaches; a
    share of the budget or KiB, at any rounding.  Each other counts at the decimals the message gives it, but
    a whole number only for a figure that is whole (256 is not 256.36); a count of workers only whole.  A
    number no words name is not judged: a message may give more figures than the check knows.
    """
    tasks_per_s, latency_s, task_mib, budget_mib, base_mib = case
    room_mib, need_mib = budget_mib - base_mib, base_mib + needed * task_mib
    numbers = re.findall(r"(?:(?<![\w.)])-)?\d+(?:\.\d+)?", message)  # a minus sign, but not in "(64.3-64)"

    def right(n: str, *figures: float) -> bool:  # "256" is not 256.36 MiB, nor "0" 0.36: a whole number is exact
        places = len(n.partition(".")[2])
        return any(float(n) == round(x, places) and (places or round(x, 9) % 1 == 0) for x in figures)

    pools = range(fits, needed + 1)
    # The payloads' MiB without the base say why only beside the room without it, or beside their total with it
    # ("13 × 16 = 208 MiB, + 64 base = 272 MiB"): "208 MiB" against the whole 256 MiB budget is no why.
    totals = [base_mib + k * task_mib for k in pools[1:]]
    bases = (base_mib, 0) if any(right(n, room_mib, fits, *totals) for n in numbers) else (base_mib,)
    pool_mib = tuple(base + k * task_mib for base in bases for k in pools)
    said = {  # the figure the words around a number say it is, whichever other figure it equals
        (fits,): _FITS_WORDS,  # "only 12 fit", "room for 12": even where 12 workers are also needed
        # "128 MiB over", "over by 128 MiB": the overage (or the need: "needs 384 MiB over a budget of 256")
        (need_mib - budget_mib, need_mib): r"(?<![\d.])(-?\d+(?:\.\d+)?) MiB (?:over|too much|more than)\b|\bby "
                                           r"(-?\d+(?:\.\d+)?) MiB",
        (needed - fits, needed): r"(?<![\d.])(-?\d+) (?:more )?workers? (?:too many|over|more than)\b|"
                                 r"(?<![\d.])(-?\d+) too many|"
                                 r"\bby (-?\d+) workers?",
    }
    mib = (budget_mib, room_mib, base_mib, task_mib, need_mib - budget_mib, *pool_mib)
    said |= {
        mib: r"= (\d+(?:\.\d+)?) MiB",  # "13 workers = 208 MiB" against the whole budget is no MiB of the case
        # "12.5 tasks in flight": Little's L; "24 tasks/s": the target, or a rate a pool or a worker reaches
        (tasks_per_s * latency_s,): r"(?<![\d.])(\d+(?:\.\d+)?) tasks in flight",
        (tasks_per_s, fits / latency_s, 1 / latency_s, tasks_per_s - fits / latency_s):
            r"(?<![\d.])(\d+(?:\.\d+)?) ?tasks ?/ ?s",
    }
    # Shares of the budget and KiB, rounded as the message likes: "106%" for 106.25, not "150% over" for 50.
    shares = {tuple(1024 * x for x in mib): r"(?<![\d.])(\d+(?:\.\d+)?) KiB",  # a MiB figure in KiB
              (100 * need_mib / budget_mib,): r"(?<![\d.])(\d+(?:\.\d+)?) ?% of",
              (100 * (need_mib - budget_mib) / budget_mib,): r"(?<![\d.])(\d+(?:\.\d+)?) ?% (?:over|more|above)"}
    # "The process needs 384 MiB" is a pool's: a holder's words narrow nothing, they only add its own figure.
    held = {"pool": pool_mib, "one": (task_mib, *pool_mib), "base": (base_mib, *pool_mib)}
    return ([n for n, needs in _budgets_said(message) if not right(n, *(pool_mib if needs else (budget_mib, room_mib)))]
            + [n for n, holder in _holdings_said(message) if not right(n, *held[holder])]
            + [n for values, words in shares.items() for found in re.finditer(words, message) for n in found.groups()
             if n and not any(abs(float(n) - x) < 0.5 for x in values)]
            + [n for values, words in said.items() for found in re.finditer(words, message) for n in found.groups()
               if n and not right(n, *values)]
            # A count of workers is whole: "12.5 workers" is the tasks in flight, not the workers they need.
            + [n for n in re.findall(r"\d+\.\d+(?= workers?\b)", message) if float(n) % 1])


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


@_EXERCISE.check
def check_pool_size(pool_size: Callable, *, timeout_s: float = 5.0) -> CheckReport:
    """Check ``pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib)``.

    The answer must return the fewest workers that reach ``tasks_per_s``
    (Little's law, rounded up) when that many fit in the memory budget (the
    process's ``base_mib`` plus ``task_mib`` per worker, at most
    ``budget_mib``), and raise ValueError with a message that says why when
    they do not: then no pool size meets both, and something else (the
    payload, the budget, the target) must change; the message says why in
    numbers, each one right: what the target needs, worked out (workers or
    MiB, or how far over it goes, in either), against the budget (its MiB, or
    the workers that fit); a number the message's words name ("the 256 MiB
    budget", "needs 384 MiB", "only 12 fit", "128 MiB over") must be that
    figure.
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
            what = (f"returned {outcome.value!r}" if outcome.error is None
                    else f"raised {type(outcome.error).__name__}: {outcome.error}")
            expect(isinstance(outcome.error, ValueError),
                   f"{call} {what}; the target needs {_exact(tasks_per_s * latency_s)} tasks in flight, so {needed} "
                   f"workers, and {base_mib} MiB + {needed} × {task_mib} MiB is over the {budget_mib} MiB budget "
                   f"(room for {fits} workers). No pool size meets both: raise ValueError saying so."
                   + _refusal_hint(outcome.value, needed, budget_mib / task_mib, fits, over_mib))
            expect(str(outcome.error).strip() != "",
                   f"{call} raised ValueError with no message; whoever reads it cannot tell why no pool size "
                   'works. Hint: say why, e.g. ValueError(f"{workers} workers are needed, but only {fits} fit").')
            expect(_says_why(str(outcome.error), (tasks_per_s, latency_s, task_mib, budget_mib, base_mib), needed,
                             fits),
                   f"{call} raised ValueError({str(outcome.error)!r}); that message does not say why in numbers, "
                   f"each one right: what the target needs, worked out ({needed} workers, "
                   f"{base_mib + needed * task_mib:g} MiB, or {round(over_mib, 9):g} MiB over), against the budget "
                   f"({budget_mib} MiB, room for {fits} workers). Hint: e.g. "
                   'ValueError(f"{workers} workers are needed, but only {fits} fit in the budget").')
            false = _false_figures(str(outcome.error), (tasks_per_s, latency_s, task_mib, budget_mib, base_mib),
                                   needed, fits)
            expect(not false,
                   f"{call} raised ValueError({str(outcome.error)!r}); {false[0] if false else ''} in that message is "
                   f"not right: {_exact(tasks_per_s * latency_s)} tasks in flight need {needed} workers, "
                   f"{base_mib} MiB + {needed} × {task_mib} MiB = {_exact(over_mib + budget_mib)} MiB, "
                   f"{_exact(over_mib)} MiB over the {budget_mib} MiB budget, which has room for {fits} workers. "
                   "Hint: print each figure from what you computed, and check each one.")
            figures.append((call, f"ValueError: {outcome.error}"))
            continue
        product, fill = tasks_per_s * latency_s, base_mib + expected * task_mib
        room = (budget_mib - base_mib) / task_mib
        noisy = [said for said, x in ((f"{tasks_per_s} × {latency_s} is {product!r}", product),
                                      (f"{base_mib} + {expected} × {task_mib} is {fill!r}", fill),
                                      (f"({budget_mib} - {base_mib}) / {task_mib} is {room!r}", room)) if _noisy(x)]
        noise = "" if not noisy else (
            f" In floating point, {' and '.join(noisy)}: round that noise away (round(x, 9)) before you round up or "
            "compare.")
        if isinstance(outcome.error, ValueError):
            raise AssertionError(
                f"{call} raised ValueError: {outcome.error}; but {expected} workers reach {tasks_per_s} tasks/s, and "
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
               "target and the budget (refused with a message that says why), the three where floating-point noise "
               "misleads, and the two whose fraction is real.")
    return _EXERCISE.passed(summary, tuple(figures))
