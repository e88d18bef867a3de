"""nbgrader's exchange, end to end: an instructor and three students on one shared server.

On a class's JupyterHub the work moves through nbgrader's exchange, a
directory every user of the server can reach.  This test runs a course
through it with nbgrader's own commands, as the README's "For instructors"
teaches them, on exercises 1 and 3:

1. the instructor generates the assignment and releases it;
2. each student fetches it, answers and submits: alice answers both
   exercises right, bob answers nothing, carol answers exercise 1 right and
   rounds Little's law instead of rounding up;
3. the instructor collects, autogrades, generates and releases feedback;
4. each student fetches their own feedback.

It checks the exchange's permissions, the scores (every autograded point,
none, the points of exercise 1) and that each feedback file shows the
message of the check the student failed.

Students are told apart as nbgrader does in the Jupyter Docker Stacks
images that Zero to JupyterHub runs: every user's server runs as the unix
account ``jovyan``, and ``nbgrader.utils.get_username`` then takes the
student's name from ``JUPYTERHUB_USER``.  Each student's commands run with a
home of their own (their ``~/.jupyter/nbgrader_config.py``, their exchange
cache) and their ``JUPYTERHUB_USER``, as ``jovyan``.  When the test runs as
``jovyan``, that is all; when it runs as root, each student's command runs in
a private mount namespace in which ``/etc/passwd`` names this account
``jovyan`` (``unshare --mount``), so the machine's own ``/etc/passwd`` is
never changed.  Anywhere else the test is skipped, and says why.  (Separate
unix users, as The Littlest JupyterHub makes, would need accounts added to
the machine, and each of them able to run this Python.)
"""

from __future__ import annotations

import html
import os
import re
import shutil
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

nbgrader = pytest.importorskip("nbgrader", reason="nbgrader is an instructor's dependency: "
                                                  "pip install -r requirements-instructor.txt")
from exercise_answers import SOLUTIONS, answers, fill  # noqa: E402  (tests/exercise_answers.py)
from nbgrader.api import Gradebook  # noqa: E402

pytestmark = [pytest.mark.hub, pytest.mark.timeout(300), pytest.mark.usefixtures("no_leftovers"),
              pytest.mark.skipif(sys.platform == "win32", reason="nbgrader's exchange needs a POSIX file system"),
              # nbgrader's own gradebook queries, not ours: SQLAlchemy notes a submission it adds lazily.
              pytest.mark.filterwarnings("ignore:Object of type <Submitted")]

COURSE_ID, ASSIGNMENT = "pool_lab", "ps1"
EXERCISES = ("01_bounded_spawner", "03_littles_law")  # quick checks: autograde stays a few seconds a notebook
POINTS = 3  # each check cell's
COMMAND_S = 120  # the longest nbgrader command here, autograde, runs six notebooks

ROUNDED = '''def workers_for(tasks_per_s, latency_s):
    return round(tasks_per_s * latency_s)  # 2.5 workers round to 2, which cannot keep up'''
RIGHT = {notebook: answers(notebook) for notebook in EXERCISES}
STUDENTS = {
    "alice": RIGHT,
    "bob": {},
    "carol": {**RIGHT, "03_littles_law": {"03_littles_law-answer": ROUNDED}},
}
# What each student's feedback must show: the message of every check they failed.
FAILED_CHECKS = {
    "alice": {},
    "bob": {"01_bounded_spawner": "Exercise 1 was not attempted", "03_littles_law": "Exercise 3 was not attempted"},
    "carol": {"03_littles_law": "workers_for(10, 0.25) returned 2"},
}

NBGRADER = str(Path(sys.executable).parent / "nbgrader")
# What the server's administrator puts in /etc/jupyter/nbgrader_config.py; here, in each user's own.
CONFIG = '''c = get_config()
c.CourseDirectory.course_id = {course_id!r}
c.Exchange.root = {exchange!r}
c.Execute.timeout = 120
# Every student's server runs as jovyan, so each submission belongs to jovyan, not to its student.
c.ExchangeCollect.check_owner = False
'''


def jovyan(folder: Path) -> list[str]:
    """Return the start of a command line that runs a command as the account ``jovyan``; skip if none can."""
    import pwd

    if pwd.getpwuid(os.getuid()).pw_name == "jovyan":
        return []
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("the students run as the account jovyan, as in the Docker Stacks images: run this test as "
                    "jovyan, or as root with unshare (util-linux) to name this account jovyan in a private mount "
                    "namespace")
    passwd = folder / "passwd"
    passwd.write_text("jovyan:x:0:0:every student's server:/home/jovyan:/bin/sh\n" + Path("/etc/passwd").read_text())
    prefix = ["unshare", "--mount", "--", "sh", "-c", 'mount --bind "$0" /etc/passwd && exec "$@"', str(passwd)]
    probe = subprocess.run([*prefix, "id", "-un"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0 or probe.stdout.strip() != "jovyan":
        pytest.skip(f"could not name this account jovyan in a private mount namespace: {probe.stderr.strip()}")
    return prefix


class Server:
    """One shared server: nbgrader's exchange, the instructor's course folder and a home for each student."""

    def __init__(self, root: Path) -> None:
        self.exchange = root / "exchange"
        self.course = root / "course"
        self.homes = root / "home"
        self.as_jovyan = jovyan(root)
        # As nbgrader's docs ask: the exchange exists, and everyone may write to it.
        self.exchange.mkdir(mode=0o777)
        self.exchange.chmod(0o777)
        config = CONFIG.format(course_id=COURSE_ID, exchange=str(self.exchange))
        for folder in (self.course, *(self.home(name) / ".jupyter" for name in STUDENTS)):
            folder.mkdir(parents=True)
            (folder / "nbgrader_config.py").write_text(config)

    def home(self, student: str) -> Path:
        return self.homes / student

    def instructor(self, *args: str) -> str:
        """Run ``nbgrader *args`` in the course folder, as this account; return its output."""
        return self._run("instructor", [NBGRADER, *args], cwd=self.course, home=self.course)

    def student(self, name: str, *args: str) -> str:
        """Run ``nbgrader *args`` in ``name``'s home, as jovyan with JUPYTERHUB_USER=name; return its output."""
        return self._run(name, [*self.as_jovyan, NBGRADER, *args], cwd=self.home(name), home=self.home(name),
                         JUPYTERHUB_USER=name)

    def students(self, *args: str) -> None:
        """Have every student run ``nbgrader *args`` at the same time."""
        with ThreadPoolExecutor(len(STUDENTS)) as pool:
            list(pool.map(lambda name: self.student(name, *args), STUDENTS))

    def _run(self, who: str, command: list[str], cwd: Path, home: Path, **extra: str) -> str:
        # Nothing of this machine's Jupyter settings; this Python's scripts first (nbgrader runs alembic).
        env = {name: value for name, value in os.environ.items() if not name.startswith(("JUPYTER", "IPYTHON"))}
        env.update(HOME=str(home), PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
                   **extra)
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=COMMAND_S)
        output = done.stdout + done.stderr
        assert done.returncode == 0, f"{who}'s {' '.join(command[command.index(NBGRADER):])} failed:\n{output}"
        return output


def answer(server: Server, student: str) -> None:
    """Type ``student``'s answers into the notebooks they fetched."""
    for notebook in EXERCISES:
        path = server.home(student) / ASSIGNMENT / f"{notebook}.ipynb"
        nbformat.write(fill(nbformat.read(path, as_version=4), STUDENTS[student].get(notebook, {})), path)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    """A course run through the exchange, from release to each student's feedback."""
    server = Server(tmp_path_factory.mktemp("server"))
    (server.course / "source" / ASSIGNMENT).mkdir(parents=True)
    for notebook in EXERCISES:
        shutil.copy(SOLUTIONS / f"{notebook}.ipynb", server.course / "source" / ASSIGNMENT)
    server.instructor("generate_assignment", ASSIGNMENT)
    server.instructor("release_assignment", ASSIGNMENT)
    server.students("fetch_assignment", ASSIGNMENT)
    for student in STUDENTS:
        answer(server, student)
    server.students("submit", ASSIGNMENT)
    server.instructor("collect", ASSIGNMENT)
    server.instructor("autograde", ASSIGNMENT)
    server.instructor("generate_feedback", ASSIGNMENT)
    server.instructor("release_feedback", ASSIGNMENT)
    server.students("fetch_feedback", ASSIGNMENT)
    return server


def test_the_exchange_has_the_permissions_a_shared_server_needs(server):
    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    course = server.exchange / COURSE_ID
    assert mode(course) == mode(course / "outbound") == 0o755  # anyone may fetch; only the instructor releases
    assert mode(course / "inbound") == 0o2733  # anyone may submit; no one but the instructor may list
    assert mode(course / "feedback") == 0o711  # each file is found only by the hash of its own submission


def test_each_student_fetches_the_released_assignment_without_its_solutions(server):
    for student in STUDENTS:
        fetched = sorted(path.name for path in (server.home(student) / ASSIGNMENT).glob("*.ipynb"))
        assert fetched == sorted(f"{notebook}.ipynb" for notebook in EXERCISES)
    released = server.exchange / COURSE_ID / "outbound" / ASSIGNMENT
    for notebook in EXERCISES:
        assert "BEGIN SOLUTION" not in (released / f"{notebook}.ipynb").read_text()


def test_each_submission_reaches_the_instructor_under_its_students_name(server):
    inbound = {path.name.split("+")[0] for path in (server.exchange / COURSE_ID / "inbound").iterdir()}
    assert inbound == set(STUDENTS)
    for student in STUDENTS:
        collected = server.course / "submitted" / student / ASSIGNMENT
        assert sorted(path.stem for path in collected.glob("*.ipynb")) == sorted(EXERCISES)


def scores(server: Server, student: str) -> dict[str, tuple[float, float]]:
    with Gradebook(f"sqlite:///{server.course / 'gradebook.db'}") as gradebook:
        return {notebook: (nb.code_score, nb.max_code_score) for notebook in EXERCISES
                for nb in [gradebook.find_submission_notebook(notebook, ASSIGNMENT, student)]}


def test_the_right_answers_get_every_autograded_point(server):
    assert scores(server, "alice") == {notebook: (POINTS, POINTS) for notebook in EXERCISES}


def test_the_unanswered_assignment_gets_no_point(server):
    assert scores(server, "bob") == {notebook: (0, POINTS) for notebook in EXERCISES}


def test_the_partly_right_assignment_gets_the_points_of_its_right_part(server):
    assert scores(server, "carol") == {"01_bounded_spawner": (POINTS, POINTS), "03_littles_law": (0, POINTS)}


def feedback_text(path: Path) -> str:
    """Return the text a student reads in a feedback file: no markup, no style sheet or script."""
    page = re.sub(r"<(style|script)\b.*?</\1>", "", path.read_text(), flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.parametrize("student", STUDENTS)
def test_each_student_fetches_their_own_feedback_with_the_failed_checks_message(server, student):
    folders = list((server.home(student) / ASSIGNMENT / "feedback").iterdir())
    assert len(folders) == 1, f"{student} fetched feedback for {len(folders)} submissions, not 1"
    for notebook in EXERCISES:
        text = feedback_text(folders[0] / f"{notebook}.html")
        message = FAILED_CHECKS[student].get(notebook)
        if message is None:
            assert f"Test cell (Score: {POINTS}.0 / {POINTS}.0)" in text
            assert re.search(r"^Exercise \d+ \(\w+\) passed", text, re.MULTILINE), (
                f"{student}'s feedback on {notebook} does not show the check's pass")
        else:
            assert f"Test cell (Score: 0.0 / {POINTS}.0)" in text
            assert re.search(rf"^AssertionError: .*{re.escape(message)}", text, re.MULTILINE), (
                f"{student}'s feedback on {notebook} does not show the failed check's message {message!r}")
