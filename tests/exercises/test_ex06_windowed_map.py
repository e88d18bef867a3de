"""Exercise 6, ``windowed_map``: a window of futures over any executor.

The answers, right and wrong, are in ``answers/ex06/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import pytest

from pool_lab import check_windowed_map

pytestmark = pytest.mark.timeout(60)


def test_windowed_map_reference_passes_and_counts_futures_in_flight(capsys, no_leftovers, reference):
    report = check_windowed_map(reference())
    assert "Exercise 6 (windowed_map) passed" in capsys.readouterr().out
    figures = dict(report.figures)
    assert figures["peak futures in flight"] == "6 (window 6)"
    assert figures["peak items taken ahead of finished tasks"] == "7 (limit 7)"  # it takes one, then waits
