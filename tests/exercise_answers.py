"""The exercises' answers as a student who gets them right would type them, for the tests that hand work in.

Each solution notebook in ``notebooks/exercises/solutions`` is an nbgrader
source notebook: its answer cells hold the answer between nbgrader's
markers.  :func:`answers` takes them out of the solution, without the
markers; :func:`fill` types them into a released copy.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

SOLUTIONS = Path(__file__).resolve().parent.parent / "notebooks" / "exercises" / "solutions"


def answers(notebook: str) -> dict[str, str]:
    """Return each answer cell's source as the solution fills it in, by grade_id, without the markers."""
    solution = nbformat.read(SOLUTIONS / f"{notebook}.ipynb", as_version=4)
    return {cell.metadata.nbgrader["grade_id"]: re.sub(r"[ \t]*### (BEGIN|END) SOLUTION\n?", "", cell.source)
            for cell in solution.cells if cell.metadata.get("nbgrader", {}).get("solution")}


def fill(notebook: nbformat.NotebookNode, sources: dict[str, str]) -> nbformat.NotebookNode:
    """Replace the source of each cell of ``notebook`` whose grade_id is in ``sources``; return the notebook."""
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in sources:
            cell.source = sources[grade_id]
    return notebook
