"""Exercise 7, ``pipeline``: the pipeline without its hidden queue.

The answers, right and wrong, are in ``answers/ex07/`` (see ``test_answers.py``); here, the reference and
the colleague's pipeline the notebook starts from.
"""

from __future__ import annotations

import pytest

from pool_lab import check_pipeline

pytestmark = pytest.mark.timeout(60)


def test_pipeline_reference_passes_and_the_colleagues_code_does_not(capsys, no_leftovers, reference, fails_fast):
    assert check_pipeline(reference()).passed
    assert "Exercise 7 (pipeline) passed" in capsys.readouterr().out
    message = fails_fast(check_pipeline, reference("colleagues_pipeline"), r"had \d+ payloads alive at once")
    assert "at most 14 should be" in message
