"""What the exercise tests share: the solution notebooks' answers, a deadline, and unblocking.

A test module is named for its exercise, ``test_exNN_<function>.py``, as the
check's module is (``pool_lab/exercises/exNN_<function>.py``); the fixtures
read the exercise's number and function from that name, so the number is
written once here too.  Answers that deadlock leave blocked threads behind,
so each test registers how to unblock them, and :func:`unblock` does it after
the test: nothing a test starts outlives it.
"""

from __future__ import annotations

import time
from typing import Callable

import nbformat
import pytest
from exercise_keys import DEADLINE_S, exercise_of, solution_notebook

collect_ignore = ["answers"]  # the answers are data for test_answers.py, not modules to collect


@pytest.fixture
def reference(request: pytest.FixtureRequest) -> Callable[..., Callable]:
    """Return a loader of this exercise's solution: ``reference()`` is the answer, ``reference(name)`` another function.

    The function is read from the instructor's notebook (its imports, then
    its cell), so the tests judge the very code students are measured against.
    """
    number, answer = exercise_of(request.module.__name__)
    notebook = solution_notebook(number)

    def load(name: str = answer) -> Callable:
        namespace: dict = {}
        for cell in nbformat.read(notebook, as_version=4).cells:
            source = cell.source
            if cell.cell_type == "code" and (source.startswith(("import ", "from ")) or f"def {name}(" in source):
                exec(compile(source, f"{notebook.name}:{name}", "exec"), namespace)
        return namespace[name]

    return load


@pytest.fixture
def fails_fast() -> Callable[[Callable, Callable, str], str]:
    """Return ``fails_fast(check, answer, match)``: assert the check failed with ``match`` within the deadline."""

    def fails_fast(check: Callable, answer: Callable, match: str) -> str:
        start = time.monotonic()
        with pytest.raises(AssertionError, match=match) as failure:
            check(answer, timeout_s=DEADLINE_S)
        assert time.monotonic() - start < DEADLINE_S + 30  # a deadlock costs the deadline, not a hang
        return str(failure.value)

    return fails_fast


@pytest.fixture
def unblock(no_leftovers):
    """Collect callables that release a deadlocked answer; call them after the test."""
    releases: list[Callable[[], None]] = []
    yield releases.append
    for release in releases:
        release()
