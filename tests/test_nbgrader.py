"""Real nbgrader on the exercises: a course in a temporary folder, released, autograded, given feedback.

The solution notebooks are nbgrader source notebooks, so an instructor can
run a course with them as they are.  This test does what an instructor does,
with nbgrader itself (its Python API, the same classes its command line
runs) and a course folder of its own with its own sqlite gradebook:

1. ``generate_assignment`` on every solution notebook; the released copies
   hold no solution and no hidden test;
2. ``autograde`` three submissions of a smaller assignment (exercises 1 and
   4, quick to run): one correct (every point), one unanswered (none) and one
   partly wrong (exercise 1 right, exercise 4 wrong: half the points, with the
   check's message in the graded notebook);
3. ``generate_feedback``: the HTML exists and shows the check's message.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import nbformat
import pytest

nbgrader = pytest.importorskip("nbgrader", reason="nbgrader is an instructor's dependency: "
                                                  "pip install -r requirements-instructor.txt")
from exercise_answers import SOLUTIONS, answers, fill  # noqa: E402  (tests/exercise_answers.py)
from nbgrader.api import Gradebook  # noqa: E402
from nbgrader.converters import Autograde, GenerateAssignment, GenerateFeedback  # noqa: E402
from nbgrader.coursedir import CourseDirectory  # noqa: E402

from pool_lab.classroom import _scripts_on_path, nbgrader_config  # noqa: E402

pytestmark = [pytest.mark.timeout(180), pytest.mark.usefixtures("no_leftovers"),
              # nbgrader's own gradebook queries, not ours: SQLAlchemy notes a submission it adds lazily.
              pytest.mark.filterwarnings("ignore:Object of type <Submitted"),
              pytest.mark.library_threads("MainThread - runner",
                                          reason="jupyter_core's run_sync keeps an event-loop thread")]

GRADED = ("01_bounded_spawner", "04_sizing_by_memory")  # quick checks: the course stays under a minute
POINTS = 3  # each check cell's

WRONG_POOL_SIZE = '''import math
def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    return math.ceil(tasks_per_s * latency_s)  # forgets the memory budget'''


def nbgrader_run(app_class, course: Path, assignment: str, student: str | None = None, **options) -> None:
    """Run one nbgrader step on the course, as its command line would; fail the test if it fails."""
    config = nbgrader_config(course)
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment
    if student is not None:
        coursedir.student_id = student
    app = app_class(coursedir=coursedir, config=config)
    for name, value in options.items():
        setattr(app, name, value)
    with _scripts_on_path():
        app.start()


def submit(course: Path, student: str, sources: dict[str, dict[str, str]]) -> None:
    """Hand in the released assignment as ``student``, with the answer cells of ``sources`` filled in."""
    for notebook in GRADED:
        nb = fill(nbformat.read(course / "release" / "ps1" / f"{notebook}.ipynb", as_version=4),
                  sources.get(notebook, {}))
        folder = course / "submitted" / student / "ps1"
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, folder / f"{notebook}.ipynb")


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """A course folder with every exercise released as "all", and exercises 1 and 4 as "ps1", graded."""
    course = tmp_path_factory.mktemp("course")
    for assignment, names in (("all", [p.stem for p in SOLUTIONS.glob("*.ipynb")]), ("ps1", GRADED)):
        (course / "source" / assignment).mkdir(parents=True)
        for name in names:
            shutil.copy(SOLUTIONS / f"{name}.ipynb", course / "source" / assignment)
        nbgrader_run(GenerateAssignment, course, assignment, force=True, create_assignment=True)
    right = {notebook: answers(notebook) for notebook in GRADED}
    submit(course, "alice", right)
    submit(course, "bob", {})
    submit(course, "carol", {**right, "04_sizing_by_memory": {"04_sizing_by_memory-answer": WRONG_POOL_SIZE}})
    for student in ("alice", "bob", "carol"):
        nbgrader_run(Autograde, course, "ps1", student, force=True, create_student=True)
    nbgrader_run(GenerateFeedback, course, "ps1", "carol", force=True)
    return course


def test_every_solution_notebook_is_released_without_its_solutions(course):
    released = sorted((course / "release" / "all").glob("*.ipynb"))
    assert [path.name for path in released] == sorted(path.name for path in SOLUTIONS.glob("*.ipynb"))
    region = re.compile(r"### BEGIN (SOLUTION|HIDDEN TESTS).*?### END (SOLUTION|HIDDEN TESTS)", re.DOTALL)
    for path in released:
        text = path.read_text()
        assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text and "assert report.passed" not in text
        source = nbformat.read(SOLUTIONS / path.name, as_version=4)
        # A line of an answer may be in the release only if the source also has it outside its answers.
        outside = {line.strip() for cell in source.cells for line in region.sub("", cell.source).splitlines()}
        inside = {line.strip() for cell in source.cells for match in region.finditer(cell.source)
                  for line in match.group(0).splitlines()[1:-1]}
        lines = {line.strip() for cell in nbformat.read(path, as_version=4).cells for line in cell.source.splitlines()}
        assert not (inside & lines) - outside - {""}, path.name


def scores(course: Path, student: str) -> dict[str, tuple[float, float]]:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        return {notebook: (nb.code_score, nb.max_code_score) for notebook in GRADED
                for nb in [gradebook.find_submission_notebook(notebook, "ps1", student)]}


def test_a_correct_submission_gets_every_point(course):
    assert scores(course, "alice") == {notebook: (POINTS, POINTS) for notebook in GRADED}


def test_an_unanswered_submission_gets_no_point(course):
    assert scores(course, "bob") == {notebook: (0, POINTS) for notebook in GRADED}


def test_a_partly_wrong_submission_gets_the_points_of_its_right_part_and_the_checks_message(course):
    assert scores(course, "carol") == {"01_bounded_spawner": (POINTS, POINTS), "04_sizing_by_memory": (0, POINTS)}
    graded = nbformat.read(course / "autograded" / "carol" / "ps1" / "04_sizing_by_memory.ipynb", as_version=4)
    check = next(cell for cell in graded.cells if cell.metadata.get("nbgrader", {}).get("grade") and
                 cell.cell_type == "code")
    errors = [output for output in check.outputs if output.output_type == "error"]
    assert [error.ename for error in errors] == ["AssertionError"]
    assert "pool_size(40, 0.5, 16, 256, 64) returned 20" in errors[0].evalue


@pytest.mark.parametrize("student", ["bob", "carol"])
def test_a_failed_check_is_the_only_error_in_the_graded_notebook(course, student):
    # The cells after the check (its report, the lab run) must not fail for
    # want of the report the failed check never returned.
    graded = nbformat.read(course / "autograded" / student / "ps1" / "04_sizing_by_memory.ipynb", as_version=4)
    errors = [output.ename for cell in graded.cells for output in cell.get("outputs", [])
              if output.output_type == "error"]
    assert errors == ["AssertionError"]


def test_the_feedback_shows_the_checks_message(course):
    feedback = course / "feedback" / "carol" / "ps1" / "04_sizing_by_memory.html"
    text = html.unescape(re.sub(r"<[^>]+>", "", feedback.read_text()))
    assert "pool_size(40, 0.5, 16, 256, 64) returned 20" in text
    assert "over the 256 MiB budget" in text
    assert (course / "feedback" / "carol" / "ps1" / "01_bounded_spawner.html").exists()
