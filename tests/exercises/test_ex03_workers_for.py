"""Exercise 3, ``workers_for``: Little's law.

The answers, right and wrong, are in ``answers/ex03/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import pytest

from pool_lab import check_workers_for

pytestmark = pytest.mark.timeout(60)


def test_workers_for_reference_passes_and_measures_three_pools(capsys, reference):
    report = check_workers_for(reference())
    assert "Exercise 3 (workers_for) passed" in capsys.readouterr().out
    assert [name for name, _ in report.figures] == ["2 workers", "3 workers", "4 workers"]
