"""An exercise's key in the tests: its number and function, read from a module's name, and its solution notebook."""

from __future__ import annotations

import re
from pathlib import Path

SOLUTIONS = Path(__file__).resolve().parents[2] / "notebooks" / "exercises" / "solutions"


def exercise_of(module_name: str) -> tuple[int, str]:
    """Return (number, function) of the exercise a module is named for, e.g. ``test_ex05_process_stream``."""
    found = re.fullmatch(r"(?:.*\.)?(?:test_)?ex(\d\d)_(\w+)", module_name)
    assert found, f"{module_name} is not named for an exercise (test_exNN_<function>)"
    return int(found[1]), found[2]


def solution_notebook(number: int) -> Path:
    """Return the solution notebook of exercise ``number`` (``NN_*.ipynb``)."""
    [path] = SOLUTIONS.glob(f"{number:02d}_*.ipynb")
    return path
