"""The README's example of the library runs, and prints what its comments say it prints."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def example() -> str:
    """Return the README's first Python block that runs the lab."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    return next(block for block in blocks if "run_lab(" in block)


@pytest.mark.timeout(90)
def test_the_readme_example_does_what_its_comments_say(capsys):
    matplotlib.use("Agg")
    scope: dict = {}
    exec(compile(example(), str(README), "exec"), scope)
    crash, fixed = scope["crash"], scope["fixed"]
    assert crash.outcome == "oom-killed" and crash.tasks_done < crash.tasks_total
    assert 256 <= crash.peak_rss_mib <= 1.15 * 256  # the bound test_lab holds every kill to
    assert fixed.outcome == "completed" and fixed.tasks_done == 200
    # 200 batches at the downstream's 16 a second: no pool sends them in less than 12.5 s.
    assert fixed.elapsed_s >= 12.4
    assert fixed.peak_rss_mib < 256 / 2
    printed = capsys.readouterr().out
    assert "oom-killed, " in printed and "completed, 200/200 tasks" in printed
