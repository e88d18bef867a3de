"""Exercise 9, ``send_windowed``: a window of futures on a Dask cluster (a small cluster per check).

The answers, right and wrong, are in ``answers/ex09/`` (see ``test_answers.py``); here, the reference.
"""

from __future__ import annotations

import pytest

from pool_lab import check_send_windowed

pytestmark = [pytest.mark.timeout(90),
              pytest.mark.library_threads("Dask-Offload", "Dask-Callback-Thread",
                                          reason="distributed's global offload executor and callback thread")]


def test_send_windowed_reference_passes(capsys, no_leftovers, reference):
    report = check_send_windowed(reference())
    assert "Exercise 9 (send_windowed) passed" in capsys.readouterr().out
    assert dict(report.figures)["peak futures in flight"] == "4 (window 4)"
