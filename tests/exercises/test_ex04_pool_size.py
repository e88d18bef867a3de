"""Exercise 4, ``pool_size``: sizing by throughput and memory.

The answers, right and wrong, are in ``answers/ex04/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import pytest

from pool_lab import check_pool_size

pytestmark = pytest.mark.timeout(60)


def test_pool_size_reference_passes_and_reports_every_case(capsys, reference):
    report = check_pool_size(reference())
    assert "Exercise 4 (pool_size) passed" in capsys.readouterr().out
    assert dict(report.figures)["pool_size(6, 0.5, 0.1, 64.3, 64)"].startswith("3 workers, 64.3 MiB of 64.3")
