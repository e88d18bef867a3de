"""Student copies: made by nbgrader from the solutions, committed without drift, free of solutions, runnable."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

import pool_lab
import pool_lab.exercises
from pool_lab import stale_student_copies, write_student_copies
from pool_lab.classroom import BEGIN_SOLUTION, END_SOLUTION
from pool_lab.cli import main

EXERCISES = Path(__file__).resolve().parent.parent / "notebooks" / "exercises"
SOLUTIONS, STUDENT = EXERCISES / "solutions", EXERCISES / "student"
NOTEBOOKS = sorted(path.name for path in SOLUTIONS.glob("*.ipynb"))


def test_there_is_an_exercise_for_every_chapter():
    assert len(NOTEBOOKS) >= 8
    chapters = set()
    for name in NOTEBOOKS:
        title = nbformat.read(SOLUTIONS / name, as_version=4).cells[0].source.splitlines()[0]
        assert title.startswith(f"# Exercise {int(name[:2])}:"), (name, title)
    for module in pool_lab.exercises.__all__[1:]:
        doc = sys.modules[getattr(pool_lab, module).__module__].__doc__
        chapters.add(int(re.search(r"\(chapter (\d)", doc).group(1)))
    assert chapters == {1, 2, 3, 4, 5, 6, 7}


def test_the_committed_student_copies_are_what_nbgrader_makes():
    assert stale_student_copies(SOLUTIONS, STUDENT) == []


def test_a_stale_missing_or_orphaned_copy_is_reported(tmp_path):
    write_student_copies(SOLUTIONS, tmp_path)
    first, second = sorted(tmp_path.glob("*.ipynb"))[:2]
    first.write_text(first.read_text().replace("YOUR CODE HERE", "an edit by hand"))
    second.unlink()
    (tmp_path / "99_gone.ipynb").write_text("{}")
    problems = stale_student_copies(SOLUTIONS, tmp_path)
    assert problems == [f"{first}: differs from what nbgrader makes of its solution notebook", f"{second}: missing",
                        f"{tmp_path / '99_gone.ipynb'}: has no solution notebook"]


def solution_regions(nb: nbformat.NotebookNode) -> list[str]:
    pattern = re.compile(rf"{re.escape(BEGIN_SOLUTION)}\n(.*?)\n[ \t]*{re.escape(END_SOLUTION)}", re.DOTALL)
    return [region for cell in nb.cells for region in pattern.findall(cell.source)]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_student_copy_holds_no_solution_code(name):
    solution = nbformat.read(SOLUTIONS / name, as_version=4)
    regions = solution_regions(solution)
    assert regions, f"{name} has no exercise"
    # A line may appear in the copy only if the solution also has it outside its regions.
    pattern = re.compile(rf"{re.escape(BEGIN_SOLUTION)}.*?{re.escape(END_SOLUTION)}", re.DOTALL)
    outside = {line.strip() for cell in solution.cells for line in pattern.sub("", cell.source).splitlines()}
    text = "\n".join(cell.source for cell in nbformat.read(STUDENT / name, as_version=4).cells)
    assert BEGIN_SOLUTION not in text and END_SOLUTION not in text and "HIDDEN TESTS" not in text
    copied = {line.strip() for line in text.splitlines()}
    leaked = {line.strip() for region in regions for line in region.splitlines()} & copied - outside - {""}
    assert not leaked


class _ThisPython(KernelSpecManager):
    """Run notebooks with this interpreter, as nbval's --nbval-current-env does."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                          display_name="this Python", language="python")


@pytest.mark.timeout(120)
@pytest.mark.library_threads("MainThread - runner", reason="jupyter_core's run_sync keeps an event-loop thread")
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_student_notebook_runs_to_the_end_saying_not_attempted(name, tmp_path, no_leftovers):
    nb = nbformat.read(STUDENT / name, as_version=4)
    km = KernelManager(kernel_name="python3", kernel_spec_manager=_ThisPython())
    try:
        # cleanup_kc: also stop the client's channels, whose heartbeat thread would run on.
        NotebookClient(nb, km=km, timeout=60, resources={"metadata": {"path": str(tmp_path)}}).execute(cleanup_kc=True)
    finally:
        # nbclient shuts down only kernels it made itself.
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    checks = [cell for cell in nb.cells
              if cell.cell_type == "code" and re.search(r"^report = check_", cell.source, re.M)]
    assert checks, f"{name} has no check cell"
    for cell in checks:
        printed = "".join(output.get("text", "") for output in cell.outputs)
        assert "not attempted yet" in printed, printed


def test_the_command_line_writes_the_copies_and_checks_them(tmp_path, capsys):
    student = tmp_path / "student"
    assert main(["student-copies", "--solutions", str(SOLUTIONS), "--student", str(student)]) == 0
    assert capsys.readouterr().out.count("wrote ") == len(NOTEBOOKS)
    assert main(["student-copies", "--check", "--solutions", str(SOLUTIONS), "--student", str(student)]) == 0
    (student / NOTEBOOKS[0]).unlink()
    assert main(["student-copies", "--check", "--solutions", str(SOLUTIONS), "--student", str(student)]) == 1
    assert f"{student / NOTEBOOKS[0]}: missing" in capsys.readouterr().err


def test_the_command_line_says_where_it_found_no_solutions(tmp_path, capsys):
    assert main(["student-copies", "--solutions", str(tmp_path), "--student", str(tmp_path / "out")]) == 2
    assert "no solution notebooks" in capsys.readouterr().err
