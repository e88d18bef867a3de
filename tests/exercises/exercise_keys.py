"""What the exercise tests share that is not a fixture: an exercise's key, its solution notebook, the deadline."""

from __future__ import annotations

import re
from pathlib import Path

SOLUTIONS = Path(__file__).resolve().parents[2] / "notebooks" / "exercises" / "solutions"
DEADLINE_S = 2.0  # the checks' timeout_s in tests; 5 s in class


def deadline_s(number: int) -> float:
    """Return the timeout_s the suite gives exercise ``number``'s check for a wrong answer.

    DEADLINE_S keeps a hanging answer cheap, but a wrong answer that does not hang must still
    fail for its own mistake on a busy machine: exercise 9's runs on a Dask cluster take a second
    at best, and exercise 10's deadline is a wait for the next message, through retries and
    backoff; both get their class time.
    """
    return {9: 8.0, 10: 5.0}.get(number, DEADLINE_S)


def exercise_of(module_name: str) -> tuple[int, str]:
    """Return (number, function) of the exercise a module is named for, e.g. ``test_ex05_process_stream``."""
    found = re.fullmatch(r"(?:.*\.)?(?:test_)?ex(\d\d)_(\w+)", module_name)
    assert found, f"{module_name} is not named for an exercise (test_exNN_<function>)"
    return int(found[1]), found[2]


def solution_notebook(number: int) -> Path:
    """Return the solution notebook of exercise ``number`` (``NN_*.ipynb``)."""
    [path] = SOLUTIONS.glob(f"{number:02d}_*.ipynb")
    return path
