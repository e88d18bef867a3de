"""Exercise 8, ``gather_limited``: asyncio.gather, bounded.

The answers, right and wrong, are in ``answers/ex08/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from pool_lab import check_gather_limited

pytestmark = pytest.mark.timeout(60)


def test_gather_limited_reference_passes(capsys, no_leftovers, reference):
    report = check_gather_limited(reference())
    assert "Exercise 8 (gather_limited) passed" in capsys.readouterr().out
    assert dict(report.figures)["peak coroutines running at once"] == "5 (limit 5)"


def test_a_right_answer_on_a_starved_event_loop_passes(no_leftovers):
    # Each wrapper holds the loop 15 ms before it awaits its coroutine, as a busy machine delays a loop: 33 starts
    # take half a second, past the fixed 300 ms the first coroutine once ran longer (which failed the reference on
    # a loaded CI machine).  The first now runs on until they have started.
    async def gather_limited(coros, limit):
        semaphore = asyncio.Semaphore(limit)

        async def one(coro):
            async with semaphore:
                time.sleep(0.015)
                return await coro

        return await asyncio.gather(*(one(coro) for coro in coros))

    report = check_gather_limited(gather_limited)
    started, of = map(int, dict(report.figures)["coroutines started while the first one ran"].split(" of "))
    assert report.passed and of == 39 and started >= 33, report.figures
