"""Student copies: made from the solutions, committed without drift, free of solutions, runnable."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from pool_lab import stale_student_copies, strip_solutions, student_copy, write_student_copies
from pool_lab.classroom import BEGIN_SOLUTION, END_SOLUTION
from pool_lab.cli import main

EXERCISES = Path(__file__).resolve().parent.parent / "notebooks" / "exercises"
SOLUTIONS, STUDENT = EXERCISES / "solutions", EXERCISES / "student"
NOTEBOOKS = sorted(path.name for path in SOLUTIONS.glob("*.ipynb"))


def solution_notebook(*cells) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python", "version": "3.11.7"},
    })
    nb.cells = list(cells)
    return nb


def test_there_is_one_solution_notebook_per_objective():
    assert len(NOTEBOOKS) >= 5


def test_a_solution_becomes_a_placeholder_at_the_markers_indentation():
    source = "def f(x):\n    '''Keep me.'''\n    ### BEGIN SOLUTION\n    y = 2 * x\n    return y\n    ### END SOLUTION\n\nf"
    assert strip_solutions(source) == ("def f(x):\n    '''Keep me.'''\n    # YOUR CODE HERE\n"
                                       "    raise NotImplementedError()\n\nf")


def test_every_region_of_a_cell_is_replaced():
    source = "### BEGIN SOLUTION\na = 1\n### END SOLUTION\nb = 2\n### BEGIN SOLUTION\nc = 3\n### END SOLUTION"
    assert strip_solutions(source) == ("# YOUR CODE HERE\nraise NotImplementedError()\nb = 2\n"
                                       "# YOUR CODE HERE\nraise NotImplementedError()")


def test_a_markdown_answer_becomes_your_answer_here():
    assert strip_solutions("### BEGIN SOLUTION\nBecause.\n### END SOLUTION", "markdown") == "YOUR ANSWER HERE"


@pytest.mark.parametrize("source, match", [
    ("### BEGIN SOLUTION\nx = 1", "line 1: ### BEGIN SOLUTION is never closed"),
    ("x = 1\n### END SOLUTION", "line 2: ### END SOLUTION without a ### BEGIN SOLUTION"),
    ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "line 2: .* inside the region opened on line 1"),
])
def test_unbalanced_markers_are_refused_with_their_line(source, match):
    with pytest.raises(ValueError, match=match):
        strip_solutions(source)


def test_a_student_copy_has_no_outputs_no_nbval_markers_and_no_timings():
    check = nbformat.v4.new_code_cell("# NBVAL_CHECK_OUTPUT\nreport = check(f)", execution_count=3,
                                      outputs=[nbformat.v4.new_output("stream", text="passed\n")])
    check.metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    check.metadata["tags"] = ["keep"]
    nb = solution_notebook(nbformat.v4.new_markdown_cell("# Title"), check)
    copy = student_copy(nb)
    assert copy.cells[1].source == "report = check(f)"
    assert copy.cells[1].outputs == [] and copy.cells[1].execution_count is None
    assert copy.cells[1].metadata == {"tags": ["keep"]}
    assert copy.cells[1].id == check.id
    assert copy.metadata == {"kernelspec": nb.metadata.kernelspec, "language_info": {"name": "python"}}
    assert nb.cells[1].outputs and nb.cells[1].source.startswith("# NBVAL"), "the solution was modified"


def test_a_student_copy_names_the_cell_with_a_broken_marker():
    nb = solution_notebook(nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("### BEGIN SOLUTION"))
    with pytest.raises(ValueError, match="cell 1: line 1"):
        student_copy(nb)


def test_the_committed_student_copies_are_what_the_generator_makes():
    # If this fails, run `python -m pool_lab student-copies` and commit the result.
    assert stale_student_copies(SOLUTIONS, STUDENT) == []


def test_a_stale_missing_or_orphaned_copy_is_reported(tmp_path):
    write_student_copies(SOLUTIONS, tmp_path)
    first, second = sorted(tmp_path.glob("*.ipynb"))[:2]
    first.write_text(first.read_text().replace("YOUR CODE HERE", "my answer"))
    second.unlink()
    (tmp_path / "99_old.ipynb").write_text("{}")
    assert stale_student_copies(SOLUTIONS, tmp_path) == [
        f"{first}: differs from its solution notebook",
        f"{second}: missing",
        f"{tmp_path / '99_old.ipynb'}: has no solution notebook",
    ]


def solution_regions(nb: nbformat.NotebookNode) -> list[str]:
    pattern = re.compile(rf"{re.escape(BEGIN_SOLUTION)}\n(.*?)\n[ \t]*{re.escape(END_SOLUTION)}", re.DOTALL)
    return [region for cell in nb.cells for region in pattern.findall(cell.source)]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_student_copy_holds_no_solution_code(name):
    solution = nbformat.read(SOLUTIONS / name, as_version=4)
    regions = solution_regions(solution)
    assert regions, f"{name} has no exercise"
    # A line may appear in the copy only if the solution also has it outside its regions.
    outside = {line.strip() for cell in student_copy(solution).cells for line in cell.source.splitlines()}
    text = "\n".join(cell.source for cell in nbformat.read(STUDENT / name, as_version=4).cells)
    assert BEGIN_SOLUTION not in text and END_SOLUTION not in text
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
    checks = [cell for cell in nb.cells if cell.cell_type == "code" and re.search(r"^report = check_", cell.source, re.M)]
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
