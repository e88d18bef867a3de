"""The course in JupyterLab, in a real browser: it opens, runs and shows its plots.

Students read the course in JupyterLab, so these tests use it as a student
does: a real JupyterLab server on a loopback port serves a temporary copy of
``notebooks/``, and a headless Chromium (the system's ``chromium``, driven by
Playwright; no browser download) opens a notebook, clears the committed
outputs, runs every cell from the Run menu and reads what the page shows.
The server runs with its own, temporary Jupyter config, data and runtime
folders, so the user's ``~/.jupyter`` is neither read nor written.  Notebook 1
shows the OOM kill; the pool that completes is in notebook 2, so both run.

Screenshots of what the browser saw go to ``test-artifacts/jupyterlab/``
(ignored by git), also when a test fails.  Each test starts its own server
and browser and stops both, and the kernels, even when an assertion fails.

Run them alone with ``pytest -m e2e``, or leave them out with
``-m "not e2e"``.  Without the playwright package or a ``chromium`` on the
PATH they are skipped, and the skip says why.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
import psutil
import pytest

from pool_lab.classroom import BEGIN_SOLUTION, END_SOLUTION

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed: pip install -r requirements-test.txt"
)

CHROMIUM = shutil.which("chromium")
REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
ARTEFACTS = REPO / "test-artifacts" / "jupyterlab"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.usefixtures("no_leftovers"),
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no chromium on the PATH: install the system's package (apt-get install chromium); "
        "Playwright drives it, it downloads no browser",
    ),
]

# JupyterLab settings for the test's own user-settings folder: no news or
# update pop-up over the notebook, and every cell kept in the page (by default
# JupyterLab may leave cells out of the DOM until they are scrolled to).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}
SERVER_START_S = 60
RUN_ALL_S = 90  # notebook 02, the slowest here, runs in about 15 s on 2 cores
# Tall enough for the tallest figure (900 px) and its cell, so a cell's screenshot is the cell alone.
VIEWPORT = {"width": 1280, "height": 1400}


class JupyterLab:
    """One browser tab on a running JupyterLab, with the few things a student does in it."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url

    def open(self, notebook: str) -> None:
        """Open ``notebook`` (a path under notebooks/); wait for all its cells and for its kernel to be idle."""
        expected = nbformat.read(NOTEBOOKS / notebook, as_version=4)
        self.page.goto(f"{self.url}/lab/tree/{notebook}")
        # The first cell shows before the others, and the toolbar says "idle" before any
        # kernel exists: a menu command given then acts on half a notebook.  The status
        # bar names the kernel once it is connected.
        sync_api.expect(self.page.locator(".jp-Notebook .jp-Cell")).to_have_count(len(expected.cells), timeout=30_000)
        sync_api.expect(self.page.locator("#jp-main-statusbar")).to_contain_text(
            f"{expected.metadata.kernelspec.display_name} | Idle", timeout=60_000
        )

    def menu(self, menu: str, item: str) -> None:
        """Click ``item`` in the menu bar's ``menu``."""
        self.page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{menu}$")).click()
        self.page.locator(".lm-Menu-itemLabel", has_text=re.compile(f"^{re.escape(item)}$")).click()

    def run_all(self) -> None:
        """Clear the outputs, run every cell from the Run menu, wait for the kernel; check each ran once, in order."""
        prompts = self.page.locator(".jp-CodeCell .jp-InputPrompt")
        self.menu("Edit", "Clear Outputs of All Cells")
        # The committed outputs and execution counts must not pass for new ones.
        sync_api.expect(self.page.locator(".jp-OutputArea-output")).to_have_count(0)
        sync_api.expect(prompts.filter(has_text=re.compile(r"\d"))).to_have_count(0)
        self.menu("Run", "Run All Cells")
        # Done: the kernel is idle, no cell is queued or running ([*]), and some cell has run.
        # A cell that raises stops the run, so waiting for every cell would wait in vain.
        self.page.wait_for_function(
            r"""() => {
                const idle = document.querySelector(".jp-Notebook-ExecutionIndicator[data-status='idle']");
                const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(p => p.textContent);
                return idle !== null && !prompts.some(p => p.includes('*')) && prompts.some(p => /\d/.test(p));
            }""",
            timeout=RUN_ALL_S * 1000,
            polling=250,
        )
        counts = [int(c) if c.isdigit() else None for c in (p.strip(" []:") for p in prompts.all_text_contents())]
        assert counts == list(range(1, len(counts) + 1)), (
            f"not every code cell ran once, in order (execution counts {counts}); errors shown: {self.errors()}"
        )

    def code_cell(self, source: str) -> Locator:
        """Return the one code cell whose source contains ``source``."""
        cell = self.page.locator(".jp-CodeCell").filter(
            has=self.page.locator(".jp-InputArea-editor", has_text=source)
        )
        sync_api.expect(cell).to_have_count(1)
        return cell

    def output_text(self, source: str) -> str:
        """Return the text the code cell holding ``source`` shows as its output."""
        return self.code_cell(source).locator(".jp-OutputArea").inner_text()

    def errors(self) -> list[str]:
        """Return every output shown as an error: tracebacks, and anything else written to stderr."""
        stderr = self.page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        return stderr.all_inner_texts()

    def screenshot(self, name: str, cell_source: str | None = None) -> Path:
        """Save a screenshot of the window, or of one code cell, as ``name``.png; return its path."""
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTEFACTS / f"{name}.png"
        target = self.page if cell_source is None else self.code_cell(cell_source)
        target.screenshot(path=path)
        return path


def free_loopback_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url: str, server: subprocess.Popen, log: Path) -> None:
    """Return once the server at ``url`` answers; fail with its log if it exits or never answers."""
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"jupyter lab exited with status {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/api/status", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
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


@pytest.fixture
def lab_url(tmp_path: Path) -> Iterator[str]:
    """Yield the URL of a JupyterLab serving a copy of notebooks/; stop it and its kernels after."""
    root = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    # Jupyter's and IPython's own folders, fresh: the user's ~/.jupyter is neither read nor written.
    folders = ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR")
    jupyter = {name: tmp_path / name.lower() for name in folders}
    for setting, values in LAB_SETTINGS.items():
        path = jupyter["JUPYTER_CONFIG_DIR"] / "lab" / "user-settings" / f"{setting}.jupyterlab-settings"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(values))
    port = free_loopback_port()
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={port}", "--ServerApp.port_retries=0", "--IdentityProvider.token=",
               f"--ServerApp.root_dir={root}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = tmp_path / "jupyterlab.log"
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=root, stdout=out, stderr=subprocess.STDOUT,
                                  env={**os.environ, **{name: str(path) for name, path in jupyter.items()}})
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_serving(url, server, log)
        yield url
    finally:
        stop(server)


@pytest.fixture
def lab(lab_url: str, request: pytest.FixtureRequest) -> Iterator[JupyterLab]:
    """Yield a headless Chromium tab on the lab; screenshot it, then close the browser, after the test."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            lab = JupyterLab(browser.new_page(viewport=VIEWPORT), lab_url)
            lab.page.set_default_timeout(30_000)
            try:
                yield lab
            finally:
                # What the window showed last: for a failing test, where it stopped.
                lab.screenshot(f"{request.node.name}-last")
        finally:
            browser.close()


def test_notebook_01_runs_in_jupyterlab_and_shows_the_oom_kill(lab):
    lab.open("01_the_incident.ipynb")
    lab.run_all()

    assert lab.errors() == []
    figure = lab.code_cell("live.finish(crash)").locator(".jp-OutputArea-output img")
    sync_api.expect(figure).to_have_count(1)
    width, height = figure.evaluate("img => [img.naturalWidth, img.naturalHeight]")
    assert width > 300 and height > 200, f"the OOM figure did not decode: {width}x{height} px"
    lab.screenshot("01-oom-figure", "live.finish(crash)")
    outcome = lab.output_text("crash.killed_by")
    assert "oom-killed by the watchdog" in outcome
    assert "every batch sent: False" in outcome
    lab.screenshot("01-outcome", "crash.killed_by")
    assert "is alive" in lab.output_text("kernel = psutil.Process")


def test_notebook_02_runs_in_jupyterlab_and_the_pool_completes(lab):
    lab.open("02_building_a_worker_pool.ipynb")
    lab.run_all()

    assert lab.errors() == []
    assert "completed 200/200 batches sent" in lab.output_text("fixed.tasks_done")
    assert "oom-killed" in lab.output_text('crash = run_lab(Experiment("thread-per-task")')
    figure = lab.code_cell("plot_overview([crash, fixed]").locator(".jp-OutputArea-output img")
    sync_api.expect(figure).to_have_count(1)
    assert figure.evaluate("img => img.naturalWidth") > 300
    lab.screenshot("02-pool-against-thread-per-task", "plot_overview([crash, fixed]")


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
