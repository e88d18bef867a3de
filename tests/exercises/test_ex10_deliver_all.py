"""Exercise 10, ``deliver_all``: every message to a real receiver exactly once (a receiver per check).

The answers, right and wrong, are in ``answers/ex10/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import pytest

from pool_lab import check_deliver_all

pytestmark = pytest.mark.timeout(60)


def test_deliver_all_reference_passes(capsys, no_leftovers, reference):
    report = check_deliver_all(reference())
    assert "Exercise 10 (deliver_all) passed" in capsys.readouterr().out
    assert "100 of 100, 0 duplicates" in repr(report)
