"""Exercise 4, ``pool_size``: sizing by throughput and memory.

The answers, right and wrong, are in ``answers/ex04/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import pickle

import pytest

from pool_lab import PoolDoesNotFit, check_pool_size

pytestmark = pytest.mark.timeout(60)


def test_pool_size_reference_passes_and_reports_every_case(capsys, reference):
    report = check_pool_size(reference())
    assert "Exercise 4 (pool_size) passed" in capsys.readouterr().out
    assert dict(report.figures)["pool_size(6, 0.5, 0.1, 64.3, 64)"].startswith("3 workers, 64.3 MiB of 64.3")


def test_pool_does_not_fit_is_a_value_error_whose_message_is_made_from_its_counts():
    error = PoolDoesNotFit(needed=20, fits=12)
    assert isinstance(error, ValueError)
    assert (error.needed, error.fits) == (20, 12)
    assert str(error) == "20 workers are needed to reach the target, but only 12 fit in the memory budget"
    assert repr(error) == "PoolDoesNotFit(needed=20, fits=12)"
    assert str(PoolDoesNotFit(3, 0)).endswith("but none fit in the memory budget")


def test_pool_does_not_fit_pickles_with_its_counts():
    # An answer's error may cross a process (a lab child, a Dask worker): it must come back whole.
    error = pickle.loads(pickle.dumps(PoolDoesNotFit(needed=13, fits=12)))
    assert (type(error), error.needed, error.fits) == (PoolDoesNotFit, 13, 12)


@pytest.mark.parametrize("needed, fits, error, says", [
    (20.0, 12, TypeError, r"needed is a count of workers, an int, not 20\.0 \(float\)"),
    (20, True, TypeError, r"fits is a count of workers, an int, not True \(bool\)"),
    (12, 12, ValueError, r"PoolDoesNotFit\(needed=12, fits=12\): needed must be more than fits; if the workers the "
                         r"target needs fit, return that pool instead of raising"),
    (5, 24, ValueError, r"PoolDoesNotFit\(needed=5, fits=24\): needed must be more than fits"),
])
def test_pool_does_not_fit_refuses_counts_that_say_nothing(needed, fits, error, says):
    with pytest.raises(error, match=says):
        PoolDoesNotFit(needed, fits)
