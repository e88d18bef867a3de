"""Student copies of the exercise notebooks, made by nbgrader from the instructor's.

The instructor keeps one notebook per exercise in
``notebooks/exercises/solutions``.  Each is an nbgrader source notebook: the
answer cells are solution cells with the answer between nbgrader's markers::

    def mean(values):
        ### BEGIN SOLUTION
        return sum(values) / len(values)
        ### END SOLUTION

the check cell is an autograded test cell worth points (the check raises
AssertionError on a wrong answer; a hidden test asserts it was attempted),
each written question has a manually graded answer cell, and every other
cell is locked.  The markers are plain comments, so a solution notebook
runs as it is.

:func:`write_student_copies` has nbgrader's ``generate_assignment`` make the
student copies, in a temporary course, and writes them to
``notebooks/exercises/student``: every solution region becomes
``# YOUR CODE HERE`` and ``raise NotImplementedError()`` (``YOUR ANSWER
HERE`` in Markdown), hidden tests and outputs are removed.  The checks say
"not attempted yet" to an answer that raises NotImplementedError, so an
unanswered copy runs to its end, with no nbgrader installed.  Of the
notebook metadata only the kernel and the language's name are kept, so
re-running the solutions on another Python does not change the copies.

The copies are committed, and CI checks that they are exactly what nbgrader
makes from the current solutions (:func:`stale_student_copies`).
``python -m pool_lab student-copies`` runs either.  nbgrader is an
instructor's dependency (``requirements-instructor.txt``), imported only
here, when a copy is made.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterator

__all__ = ["SOLUTIONS_DIR", "STUDENT_DIR", "BEGIN_SOLUTION", "END_SOLUTION", "nbgrader_config", "write_student_copies",
           "stale_student_copies"]

#: Where the instructor's notebooks live, relative to the repository root.
SOLUTIONS_DIR = Path("notebooks/exercises/solutions")
#: Where the generated student copies live, relative to the repository root.
STUDENT_DIR = Path("notebooks/exercises/student")

#: nbgrader's markers around an answer in a solution cell (plain comments: the notebook runs as it is).
BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"

_ASSIGNMENT = "exercises"
_INSTALL = "pip install -r requirements-instructor.txt"


def nbgrader_config(course: Path):
    """Return the traitlets Config of an nbgrader course rooted at ``course``, with its own sqlite gradebook.

    The released copies keep each cell's nbgrader metadata (autograde needs
    it) but of the notebook's only the kernel and the language's name.
    """
    with _needs_nbgrader():  # traitlets comes with Jupyter and nbgrader
        from traitlets.config import Config
    course = Path(course).resolve()
    config = Config()
    config.CourseDirectory.root = str(course)
    config.CourseDirectory.db_url = f"sqlite:///{course / 'gradebook.db'}"
    config.GenerateAssignment.preprocessors = _release_preprocessors()
    config.ClearMetadataPreprocessor.enabled = True
    config.ClearMetadataPreprocessor.preserve_nb_metadata_mask = {"kernelspec", ("language_info", "name")}
    config.ClearMetadataPreprocessor.preserve_cell_metadata_mask = {"nbgrader", "tags", "deletable", "editable"}
    return config


@contextlib.contextmanager
def _needs_nbgrader() -> Iterator[None]:
    """Turn a failed import of the instructor's dependencies into an ImportError that says how to install them."""
    try:
        yield
    except ImportError as exc:
        raise ImportError(f"making student copies needs nbgrader; install it with: {_INSTALL}") from exc


def _release_preprocessors() -> list:
    with _needs_nbgrader():
        from nbconvert.preprocessors import ClearMetadataPreprocessor
        from nbgrader.converters import GenerateAssignment
    # nbgrader's own steps, then one that drops what a run of the solutions records.
    return [*GenerateAssignment.class_traits()["preprocessors"].default(), ClearMetadataPreprocessor]


@contextlib.contextmanager
def _scripts_on_path() -> Iterator[None]:
    """Put this Python's scripts first on PATH: nbgrader runs ``alembic`` to make its gradebook.

    Without it, a virtual environment that is used without being activated
    would have nbgrader look for alembic in vain.
    """
    before = os.environ.get("PATH", "")
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), before])
    try:
        yield
    finally:
        os.environ["PATH"] = before


def _released(solutions: Path) -> dict[str, str]:
    """Return the text of every student copy nbgrader makes from ``solutions``, by file name."""
    paths = sorted(Path(solutions).glob("*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"no solution notebooks (*.ipynb) in {solutions}; run this from the "
                                "repository root, or name the folder with --solutions")
    with _needs_nbgrader():  # before the cache: a release made earlier in this process must not hide a missing nbgrader
        import nbgrader  # noqa: F401
    return dict(_release(tuple((path.name, path.read_bytes()) for path in paths), str(solutions)))


# nbgrader takes a second or more a notebook, and the same solutions always make the same copies:
# writing the copies and then checking them in one process (as the tests do) releases once.
@functools.lru_cache(maxsize=2)
def _release(notebooks: tuple[tuple[str, bytes], ...], solutions: str) -> tuple[tuple[str, str], ...]:
    with _needs_nbgrader():
        from nbgrader.converters import GenerateAssignment
        from nbgrader.coursedir import CourseDirectory

    with tempfile.TemporaryDirectory(prefix="pool_lab-release-") as course:
        source = Path(course, "source", _ASSIGNMENT)
        source.mkdir(parents=True)
        for name, content in notebooks:
            (source / name).write_bytes(content)
        config = nbgrader_config(Path(course))
        coursedir = CourseDirectory(config=config)
        coursedir.assignment_id = _ASSIGNMENT
        app = GenerateAssignment(coursedir=coursedir, config=config)
        app.force = app.create_assignment = True
        app.log.setLevel("WARNING")
        try:
            with _scripts_on_path():
                app.start()
        except Exception as exc:  # nbgrader reports a bad notebook by raising NbGraderException
            raise ValueError(f"nbgrader generate_assignment failed on {solutions}: {exc}") from exc
        release = Path(course, "release", _ASSIGNMENT)
        return tuple((name, (release / name).read_text(encoding="utf-8")) for name, _ in notebooks)


def write_student_copies(solutions: str | Path = SOLUTIONS_DIR, student: str | Path = STUDENT_DIR) -> list[Path]:
    """Write nbgrader's student copy of every notebook in ``solutions`` to ``student``; return their paths.

    Copies whose solution is gone are left alone: :func:`stale_student_copies`
    reports them, for the instructor to delete.
    """
    student = Path(student)
    student.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in _released(Path(solutions)).items():
        path = student / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_student_copies(solutions: str | Path = SOLUTIONS_DIR, student: str | Path = STUDENT_DIR) -> list[str]:
    """Return what is wrong with the committed student copies; empty if nothing is.

    Each entry names a copy that is missing, differs from what nbgrader
    makes from its solution notebook now, or has no solution notebook.
    """
    student = Path(student)
    expected = _released(Path(solutions))
    problems = []
    for name, text in expected.items():
        path = student / name
        if not path.exists():
            problems.append(f"{path}: missing")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{path}: differs from what nbgrader makes of its solution notebook")
    problems.extend(f"{path}: has no solution notebook" for path in sorted(student.glob("*.ipynb"))
                    if path.name not in expected)
    return problems
