"""The course's regression suite: every answer in ``answers/exNN/``, right or wrong, run through its check.

``answers/exNN/blind/`` holds answers written from the student copy alone, without the check or the
solution (each says so in its first line); ``answers/exNN/course/`` holds the course authors' own.  A
``right_*.py`` answer must pass its check.  A ``wrong_*.py`` answer must fail it, with a message that matches
its ``FAILS_WITH``, a regular expression the course adds at the end of the file: the answer's own mistake, or,
where the file says so, another real one the check names first.  So a check that starts failing an answer for
the wrong reason is caught too.  An answer marked ``RUN_ALONE = True`` leaves a thread
blocked for ever, which no test can release: it runs in a Python process of its own, which ends with the test.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Callable

import pytest
from exercise_keys import deadline_s, exercise_of

import pool_lab

ANSWERS = Path(__file__).parent / "answers"
CHECK_MODULES = Path(pool_lab.__file__).parent / "exercises"
FUNCTIONS = dict(exercise_of(path.stem) for path in CHECK_MODULES.glob("ex[0-9][0-9]_*.py"))


def answer_files(kind: str, number: int) -> list:
    """Return a pytest parameter for every answer of this kind (``right`` or ``wrong``) to exercise ``number``."""
    marks = [pytest.mark.timeout(90)]
    if number == 9:  # a Dask cluster starts global threads that nothing can stop
        marks.append(pytest.mark.library_threads("Dask-Offload", "Dask-Callback-Thread",
                                                 reason="distributed's global executor and callback thread"))
    return [pytest.param(path, id="/".join(path.parts[-3:])[:-3], marks=marks)
            for path in sorted(ANSWERS.glob(f"ex{number:02d}/*/{kind}_*.py"))]


def load(path: Path) -> tuple[ModuleType, Callable, Callable]:
    """Return the answer's module, its function, and the check of its exercise.

    An answer that sets ``NEEDS_PYTHON`` (a version tuple) is skipped on an older Python.
    """
    number = int(path.parts[-3][2:])
    # Read before the answer runs: an older Python cannot even compile newer syntax (except*).
    declared = re.search(r"^NEEDS_PYTHON = (\([\d, ]+\))", path.read_text(), re.MULTILINE)
    needs = ast.literal_eval(declared[1]) if declared else (3,)
    if sys.version_info < needs:
        pytest.skip(f"{path.name} needs Python {'.'.join(map(str, needs))}")
    name = "answers_" + "_".join(path.parts[-3:])[:-3]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # as an import would: a dataclass or a pickle may look itself up there
    spec.loader.exec_module(module)
    return module, getattr(module, FUNCTIONS[number]), getattr(pool_lab, f"check_{FUNCTIONS[number]}")


def test_every_exercise_has_three_right_and_four_wrong_answers_half_of_them_blind():
    for number in FUNCTIONS:
        folder = ANSWERS / f"ex{number:02d}"
        for kind, least in (("right", 3), ("wrong", 4)):
            blind, course = (len(list((folder / origin).glob(f"{kind}_*.py"))) for origin in ("blind", "course"))
            assert blind + course >= least and blind >= course, (number, kind, blind, course)
        for path in folder.glob("blind/*.py"):
            assert path.read_text().startswith("# Written from the student copy alone"), path


class _RightAnswers:
    """The right answers to one exercise, each run through its check.

    A class for the right answers and one for the wrong ones of each exercise, so that the suite's processes
    share them out: ``--dist loadscope`` keeps a class whole on one process, as it keeps a test module.  With
    one class per exercise, exercise 5's 171 answers (each check 100,000 items) ran one after the other on one
    process: about 1,000 s of a run of 1,279 s.
    """

    number: int

    def test_a_right_answer_passes(self, right_answer, capsys, no_leftovers):
        _, answer, check = load(right_answer)
        assert check(answer).passed
        assert " passed: " in capsys.readouterr().out


class _WrongAnswers:
    """The wrong answers to one exercise, each run through its check (see :class:`_RightAnswers`)."""

    number: int

    def test_a_wrong_answer_fails_saying_why(self, wrong_answer, no_leftovers):
        module, answer, check = load(wrong_answer)
        if getattr(module, "RUN_ALONE", False):
            message = _check_in_a_process_of_its_own(wrong_answer, deadline_s(self.number))
        else:
            with pytest.raises(AssertionError) as failure:
                check(answer, timeout_s=deadline_s(self.number))
            message = str(failure.value)
        assert re.search(module.FAILS_WITH, message), f"{wrong_answer.name} failed, but not as expected: {message}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for kind in ("right", "wrong"):
        if f"{kind}_answer" in metafunc.fixturenames:
            metafunc.parametrize(f"{kind}_answer", answer_files(kind, metafunc.cls.number))


for _number in sorted(FUNCTIONS):
    for _kind, _base in (("Right", _RightAnswers), ("Wrong", _WrongAnswers)):
        _name = f"TestExercise{_number:02d}{_kind}"
        globals()[_name] = type(_name, (_base,), {"number": _number})


def _check_in_a_process_of_its_own(path: Path, timeout_s: float) -> str:
    code = textwrap.dedent(f"""
        import os, sys
        sys.path[:0] = [{str(Path(__file__).parent)!r}]
        from test_answers import load
        _, answer, check = load(__import__("pathlib").Path({str(path)!r}))
        try:
            check(answer, timeout_s={timeout_s})
            print("PASSED")
        except AssertionError as failure:
            print(failure)
        sys.stdout.flush()
        os._exit(0)  # its blocked threads end with the process
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=80,
                          cwd=Path(pool_lab.__file__).parents[1])
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
