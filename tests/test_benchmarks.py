"""The benchmarks keep working: the quick mode runs and writes every table.

Nothing here checks a speed; BENCHMARKS.md reports those, from a full run.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(150)
def test_quick_benchmarks_write_a_table_per_benchmark_with_goals_and_the_machine(tmp_path, no_leftovers):
    out = tmp_path / "BENCHMARKS.md"
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--out", str(out)],
                          cwd=TOP, capture_output=True, text=True, timeout=140)
    assert proc.returncode == 0, proc.stderr
    text = out.read_text()
    titles = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert titles == ["1. Dispatch overhead", "2. Memory against work", "3. Little's law", "4. The sampler",
                      "5. Classroom time", "6. Shipping a student's strategy",
                      "7. A lab child's start-up", "8. A class on one server"]
    assert re.search(r"\*\*\d+ of \d+ goals met\.\*\*", text)
    assert "- CPU: " in text and "- Python: " in text
    assert str(tmp_path) not in text and str(TOP) not in text  # no machine paths
    for table in text.split("\n## ")[1:]:
        rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| measure")]
        assert rows, f"no rows in {table.splitlines()[0]}"
        assert any(line.rstrip().endswith(("| yes |", "| **no** |")) for line in rows), \
            f"no goal judged in {table.splitlines()[0]}"
