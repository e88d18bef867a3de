"""Exercise 8, ``gather_limited``: asyncio.gather, bounded.

The answers, right and wrong, are in ``answers/ex08/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import pytest

from pool_lab import check_gather_limited

pytestmark = pytest.mark.timeout(60)


def test_gather_limited_reference_passes(capsys, no_leftovers, reference):
    report = check_gather_limited(reference())
    assert "Exercise 8 (gather_limited) passed" in capsys.readouterr().out
    assert dict(report.figures)["peak coroutines running at once"] == "5 (limit 5)"
