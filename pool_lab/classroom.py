"""Student copies of the exercise notebooks, generated from the instructor's.

The instructor keeps one notebook per exercise in
``notebooks/exercises/solutions``, with each answer between nbgrader's
markers::

    def workers_for(tasks_per_s, latency_s):
        ### BEGIN SOLUTION
        return math.ceil(tasks_per_s * latency_s)
        ### END SOLUTION

:func:`write_student_copies` writes the student copies to
``notebooks/exercises/student``: every solution region becomes
``# YOUR CODE HERE`` and ``raise NotImplementedError()`` at the marker's
indentation (``YOUR ANSWER HERE`` in a Markdown cell), outputs and execution
counts are cleared, and the ``# NBVAL_CHECK_OUTPUT`` markers, which only CI
needs, are dropped.  The markers are plain comments, so a solution notebook
runs as it is, and an instructor who uses nbgrader can import these
notebooks unchanged.

The copies are committed, and CI checks they are exactly what this module
makes from the current solutions (:func:`stale_student_copies`), so the two
never drift apart.  ``python -m pool_lab student-copies`` runs either.

nbformat is a course dependency, not a core one, so it is imported only
when a notebook is read or written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

__all__ = [
    "SOLUTIONS_DIR",
    "STUDENT_DIR",
    "strip_solutions",
    "student_copy",
    "write_student_copies",
    "stale_student_copies",
]

#: Where the instructor's notebooks live, relative to the repository root.
SOLUTIONS_DIR = Path("notebooks/exercises/solutions")
#: Where the generated student copies live, relative to the repository root.
STUDENT_DIR = Path("notebooks/exercises/student")

BEGIN_SOLUTION = "### BEGIN SOLUTION"
END_SOLUTION = "### END SOLUTION"
NBVAL_MARKER = "# NBVAL_CHECK_OUTPUT"
_CODE_PLACEHOLDER = ("# YOUR CODE HERE", "raise NotImplementedError()")
_MARKDOWN_PLACEHOLDER = ("YOUR ANSWER HERE",)


def strip_solutions(source: str, cell_type: str = "code") -> str:
    """Return ``source`` with every solution region replaced by a placeholder.

    A region runs from a line holding ``### BEGIN SOLUTION`` to one holding
    ``### END SOLUTION``, both included.  In a code cell the placeholder is
    ``# YOUR CODE HERE`` and ``raise NotImplementedError()``, indented as the
    BEGIN line is, so a function body stays a valid body; in a Markdown cell
    it is ``YOUR ANSWER HERE``.  Raises ValueError for a marker without its
    partner, or one region inside another.

    >>> print(strip_solutions('''def double(x):
    ...     ### BEGIN SOLUTION
    ...     return 2 * x
    ...     ### END SOLUTION'''))
    def double(x):
        # YOUR CODE HERE
        raise NotImplementedError()
    """
    placeholder = _CODE_PLACEHOLDER if cell_type == "code" else _MARKDOWN_PLACEHOLDER
    kept: list[str] = []
    begin: int | None = None
    for number, line in enumerate(source.splitlines(), start=1):
        if BEGIN_SOLUTION in line:
            if begin is not None:
                raise ValueError(f"line {number}: {BEGIN_SOLUTION} inside the region opened on line {begin}")
            begin = number
            indent = line[: len(line) - len(line.lstrip())]
            kept.extend(indent + text for text in placeholder)
        elif END_SOLUTION in line:
            if begin is None:
                raise ValueError(f"line {number}: {END_SOLUTION} without a {BEGIN_SOLUTION} before it")
            begin = None
        elif begin is None:
            kept.append(line)
    if begin is not None:
        raise ValueError(f"line {begin}: {BEGIN_SOLUTION} is never closed by {END_SOLUTION}")
    return "\n".join(kept)


def student_copy(notebook: Any) -> Any:
    """Return the student copy of a solution notebook (an ``nbformat.NotebookNode``).

    Solutions are replaced by placeholders (see :func:`strip_solutions`),
    outputs and execution counts cleared, ``# NBVAL_CHECK_OUTPUT`` lines and
    the timings nbclient records dropped.  Of the notebook's metadata only the
    kernel and the language name are kept, so re-running the solutions on
    another Python does not change the student copies.  The input is not
    modified.  Raises ValueError, naming the cell, for unbalanced markers.
    """
    import nbformat

    copy = nbformat.from_dict(nbformat.v4.new_notebook(
        metadata={key: notebook.metadata[key] for key in ("kernelspec",) if key in notebook.metadata}
    ))
    if "language_info" in notebook.metadata:
        copy.metadata["language_info"] = {"name": notebook.metadata["language_info"].get("name", "python")}
    for index, cell in enumerate(notebook.cells):
        cell = nbformat.from_dict(cell)  # a deep copy
        try:
            cell.source = strip_solutions(cell.source, cell.cell_type)
        except ValueError as exc:
            raise ValueError(f"cell {index}: {exc}") from None
        if cell.cell_type == "code":
            cell.source = re.sub(rf"^{re.escape(NBVAL_MARKER)}[ \t]*\n?", "", cell.source, flags=re.MULTILINE)
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
        copy.cells.append(cell)
    return copy


def _expected_copies(solutions: Path) -> dict[str, str]:
    """Return the text of every student copy, by file name, made from ``solutions``."""
    import nbformat

    paths = sorted(Path(solutions).glob("*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"no solution notebooks (*.ipynb) in {solutions}; run this from the "
                                "repository root, or name the folder with --solutions")
    copies = {}
    for path in paths:
        try:
            copy = student_copy(nbformat.read(path, as_version=4))
        except ValueError as exc:
            raise ValueError(f"{path}: {exc}") from None
        copies[path.name] = nbformat.writes(copy) + "\n"
    return copies


def write_student_copies(solutions: str | Path = SOLUTIONS_DIR, student: str | Path = STUDENT_DIR) -> list[Path]:
    """Write a student copy of every notebook in ``solutions`` to ``student``; return their paths.

    Copies whose solution is gone are left alone: :func:`stale_student_copies`
    reports them, for the instructor to delete.
    """
    student = Path(student)
    student.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in _expected_copies(Path(solutions)).items():
        path = student / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_student_copies(solutions: str | Path = SOLUTIONS_DIR, student: str | Path = STUDENT_DIR) -> list[str]:
    """Return what is wrong with the committed student copies; empty if nothing is.

    Each entry names a copy that is missing, differs from what
    :func:`write_student_copies` would write, or has no solution notebook.
    """
    student = Path(student)
    expected = _expected_copies(Path(solutions))
    problems = []
    for name, text in expected.items():
        path = student / name
        if not path.exists():
            problems.append(f"{path}: missing")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{path}: differs from its solution notebook")
    problems.extend(f"{path}: has no solution notebook" for path in sorted(student.glob("*.ipynb"))
                    if path.name not in expected)
    return problems
