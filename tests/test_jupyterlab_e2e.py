"""The course in JupyterLab, in a real browser: it opens, runs and shows its plots.

Students read the course in JupyterLab, so these tests use it as a student
does: a real JupyterLab server on a loopback port serves a temporary copy of
the course (``notebooks/`` and ``docs/``, from their parent, as the README
starts it), and a headless Chromium (the system's ``chromium``, driven by
Playwright; no browser download) opens a notebook, clears the committed
outputs, runs every cell from the Run menu and reads what the page shows.
In every notebook a test opens, every image must load: the diagrams in its
Markdown and the figures in its outputs.  One test opens every chapter, and
exercise 7's student copy, without running them, for their images alone.
The server runs with its own, temporary Jupyter config, data and runtime
folders, so the user's ``~/.jupyter`` is neither read nor written.  Notebook 1
shows the OOM kill in the browser, and exercise 1's closing cell a pool that
completes beside it; what notebook 2 prints and stores, nbval checks.

Screenshots of what the browser saw go to ``test-artifacts/jupyterlab/``
(ignored by git), also when a test fails.  The tests share one server, which
saves no notebook (autosave is off); each starts its own browser and, even when
an assertion fails, closes it and shuts down every kernel it started.  The
server is stopped after the last test.

Run them alone with ``pytest -m e2e``, or leave them out with
``-m "not e2e"``.  Without the playwright package or a ``chromium`` on the
PATH they are skipped, and the skip says why.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import nbformat
import psutil
import pytest

from pool_lab.classroom import BEGIN_SOLUTION, END_SOLUTION

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed: pip install -r requirements-test.txt"
)
from jupyterlab_page import (  # noqa: E402  (tests/jupyterlab_page.py)
    ARTEFACTS,
    CHROMIUM,
    NOTEBOOKS,
    REPO,
    JupyterLab,
    browser_tab,
    images_in,
    write_lab_settings,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.usefixtures("no_leftovers"),
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no chromium on the PATH: install the system's package (apt-get install chromium); "
        "Playwright drives it, it downloads no browser",
    ),
]

SERVER_START_S = 60


def listening_port(server: subprocess.Popen) -> int | None:
    """Return the TCP port the server's own process listens on, or None while it listens on none."""
    process = psutil.Process(server.pid)
    # psutil 6 renamed connections() to net_connections(); requirements.txt allows 5.9.
    connections = getattr(process, "net_connections", None) or process.connections
    with contextlib.suppress(psutil.Error):
        for connection in connections(kind="tcp"):
            if connection.status == psutil.CONN_LISTEN:
                return connection.laddr.port
    return None


def wait_until_serving(server: subprocess.Popen, log: Path) -> str:
    """Return the server's URL once it answers; fail with its log if it exits or never answers.

    The server takes a port the OS gives it, and the port is read from the
    server's own listening socket: a port chosen here and handed to it could
    be taken meanwhile by a server of another test (pytest-xdist runs several
    at once), which would answer in its place and then go away.
    """
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"jupyter lab exited with status {server.returncode}:\n{log.read_text()}")
        port = listening_port(server)
        if port is not None:
            url = f"http://127.0.0.1:{port}"
            with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError):
                with urllib.request.urlopen(f"{url}/api/status", timeout=2):
                    return url
        time.sleep(0.1)
    pytest.fail(f"jupyter lab did not answer within {SERVER_START_S} s:\n{log.read_text()}")


def stop(server: subprocess.Popen) -> None:
    """Stop the server, its kernels and whatever they started."""
    try:
        family = psutil.Process(server.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        family = []
    # SIGTERM makes jupyter shut its kernels down cleanly; kill only what is left after that.
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    _, alive = psutil.wait_procs(family, timeout=5)
    for process in alive:
        process.kill()
    psutil.wait_procs(alive, timeout=5)


@pytest.fixture(scope="module")
def lab_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yield the URL of a JupyterLab serving a copy of the course; stop it and its kernels after the module.

    The copy holds ``notebooks/`` and ``docs/`` and the server serves their
    parent, as the README has a student start JupyterLab from the
    repository's root: the chapters show their diagrams from
    ``../docs/diagrams/``.
    """
    tmp_path = tmp_path_factory.mktemp("jupyterlab")
    root = tmp_path / "course"
    for folder in (NOTEBOOKS, REPO / "docs"):
        shutil.copytree(folder, root / folder.name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    # Jupyter's and IPython's own folders, fresh: the user's ~/.jupyter is neither read nor written.
    folders = ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR")
    jupyter = {name: tmp_path / name.lower() for name in folders}
    write_lab_settings(jupyter["JUPYTER_CONFIG_DIR"])
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
               "--ServerApp.port=0", "--ServerApp.port_retries=0", "--IdentityProvider.token=",
               # Loopback only, no token: the tests' own REST calls (shutting kernels down) carry no XSRF cookie.
               "--ServerApp.disable_check_xsrf=True",
               f"--ServerApp.root_dir={root}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = tmp_path / "jupyterlab.log"
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=root, stdout=out, stderr=subprocess.STDOUT,
                                  env={**os.environ, **{name: str(path) for name, path in jupyter.items()}})
    try:
        yield wait_until_serving(server, log)
    finally:
        stop(server)


def shut_down_kernels(url: str) -> None:
    """Shut down every kernel of the server at ``url`` through its REST API, as the Kernels menu does."""
    with urllib.request.urlopen(f"{url}/api/kernels", timeout=10) as answer:
        kernels = json.load(answer)
    for kernel in kernels:
        request = urllib.request.Request(f"{url}/api/kernels/{kernel['id']}", method="DELETE")
        with urllib.request.urlopen(request, timeout=30):
            pass


@pytest.fixture
def lab(lab_url: str, request: pytest.FixtureRequest) -> Iterator[JupyterLab]:
    """Yield a headless Chromium tab on the lab; after the test, screenshot it, close the browser, stop the kernels."""
    try:
        with browser_tab(lab_url, ARTEFACTS / "jupyterlab", f"{request.node.name}-last", tree="notebooks/") as lab:
            yield lab
    finally:
        shut_down_kernels(lab_url)


def test_notebook_01_runs_in_jupyterlab_and_shows_the_oom_kill(lab):
    lab.open("01_the_incident.ipynb")
    lab.run_all()

    assert lab.errors() == []
    figure = lab.code_cell("live.finish(crash)").locator(".jp-OutputArea-output img")
    sync_api.expect(figure).to_have_count(1)
    width, height = figure.evaluate("img => [img.naturalWidth, img.naturalHeight]")
    assert width > 300 and height > 200, f"the OOM figure did not decode: {width}x{height} px"
    # JupyterLab reads no alt text from an output: the figure's description is printed under it.
    assert lab.output_text("live.finish(crash)").startswith("Figure: Resident memory over time. ")
    lab.screenshot("01-oom-figure", "live.finish(crash)")
    outcome = lab.output_text("crash.killed_by")
    assert "oom-killed by the watchdog" in outcome
    assert "every batch sent: False" in outcome
    lab.screenshot("01-outcome", "crash.killed_by")
    assert "is alive" in lab.output_text("kernel = psutil.Process")
    assert lab.image_count() >= images_in(nbformat.read(NOTEBOOKS / "01_the_incident.ipynb", as_version=4))
    assert lab.broken_images() == []


def first_answer(exercise: str) -> tuple[str, str]:
    """Return the first answer cell of an exercise as the student gets it, and as the solution fills it in."""
    solutions = nbformat.read(NOTEBOOKS / "exercises" / "solutions" / exercise, as_version=4)
    student = nbformat.read(NOTEBOOKS / "exercises" / "student" / exercise, as_version=4)
    solved = next(c.source for c in solutions.cells if c.cell_type == "code" and BEGIN_SOLUTION in c.source)
    unanswered = next(c.source for c in student.cells if c.cell_type == "code" and "# YOUR CODE HERE" in c.source)
    answer = "\n".join(line for line in solved.splitlines() if BEGIN_SOLUTION not in line and END_SOLUTION not in line)
    return unanswered, answer


def test_a_student_types_the_answer_to_exercise_1_and_its_check_passes(lab):
    unanswered, answer = first_answer("01_bounded_spawner.ipynb")
    lab.open("exercises/student/01_bounded_spawner.ipynb")

    editor = lab.code_cell("def bounded_spawn(").locator(".cm-content")
    sync_api.expect(editor).to_have_text(unanswered, use_inner_text=True)
    editor.click()
    lab.page.keyboard.press("ControlOrMeta+A")
    # One input event, as a paste makes: typed key by key, the editor's auto-indent
    # would indent every line a second time.
    lab.page.keyboard.insert_text(answer)
    sync_api.expect(editor).to_have_text(answer, use_inner_text=True)
    lab.run_all()

    assert lab.errors() == []
    assert "Exercise 1 (bounded_spawn) passed" in lab.output_text("report = check_bounded_spawn(bounded_spawn)")
    lab.screenshot("exercise-01-answer", "permits.acquire()")
    lab.screenshot("exercise-01-passed", "report = check_bounded_spawn(bounded_spawn)")
    # The closing lab cell ran the answer in the incident and drew it.
    sync_api.expect(lab.code_cell("plot_overview([crash, yours]").locator(".jp-OutputArea-output img")).to_have_count(1)
    assert lab.broken_images() == []


def test_a_chapter_shows_its_diagram_and_opens_an_answer_and_a_glossary_term_on_a_click(lab):
    """A learner alone checks themselves: each question's answer is folded under it until they click it.

    A term's link opens the glossary at that term (JupyterLab matches the fragment's case and punctuation:
    tests/test_glossary_links.py).
    """
    lab.open("04_hidden_unbounded_queues.ipynb")
    lab.artefacts.mkdir(parents=True, exist_ok=True)
    diagram = lab.page.locator(".jp-MarkdownCell").filter(has=lab.page.locator("img[src*='diagrams/']")).first
    diagram.scroll_into_view_if_needed()
    sync_api.expect(diagram.locator("img")).to_be_visible()
    assert lab.broken_images() == []
    diagram.screenshot(path=lab.artefacts / "04-diagram.png")

    question = lab.page.locator(".jp-MarkdownCell").filter(has=lab.page.locator("details")).first
    question.scroll_into_view_if_needed()
    answer = question.locator("details").first
    sync_api.expect(answer.locator("p").first).to_be_hidden()
    answer.locator("summary").click()
    sync_api.expect(answer.locator("p").first).to_be_visible()
    question.screenshot(path=lab.artefacts / "04-answer-revealed.png")

    term = lab.page.locator(".jp-MarkdownCell a[href*='glossary.md']").first  # JupyterLab adds a query before the #
    term.scroll_into_view_if_needed()
    fragment = term.get_attribute("href").split("#", 1)[1]
    term.click()
    sync_api.expect(lab.page.locator(f".jp-MarkdownViewer [data-jupyter-id='{fragment}']")).to_be_in_viewport()
    lab.page.screenshot(path=lab.artefacts / "04-glossary-term.png")


# Every chapter, and exercise 7's student copy, which carries its diagram inside itself.
OPENED = sorted(path.relative_to(NOTEBOOKS).as_posix() for path in NOTEBOOKS.glob("0*.ipynb")) + [
    "exercises/student/07_hidden_queue.ipynb"
]


@pytest.mark.timeout(300)  # nine notebooks, each opened with its kernel: about 5 s each on 2 busy cores
def test_every_chapter_and_exercise_7_show_every_image_they_hold(lab):
    """Open each notebook as committed, without running it, and check that each of its images loads.

    An image is a diagram in the Markdown or a figure in a stored output;
    one that does not load (a path outside the served tree, an SVG
    attachment JupyterLab does not show) is named with its notebook.
    """
    problems = {}
    for notebook in OPENED:
        lab.open(notebook)
        expected = images_in(nbformat.read(NOTEBOOKS / notebook, as_version=4))
        found = lab.image_count()
        broken = lab.broken_images()
        if broken or found != expected:
            problems[notebook] = [f"{found} images in the page, {expected} in the notebook", *broken]
            lab.screenshot(f"images-{Path(notebook).stem}")
    assert problems == {}
