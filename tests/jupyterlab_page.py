"""A headless Chromium tab on a JupyterLab, and the few things a student does in it: for the browser tests.

``test_jupyterlab_e2e.py`` drives a JupyterLab of its own with it, and
``test_jupyterhub.py`` the JupyterLab of a user's server behind a JupyterHub.
It drives the system's ``chromium`` (Debian's package) through Playwright,
which downloads no browser; the tests skip, and say why, without either.
What serves a JupyterLab to those tests is here too: a free loopback port,
and the settings that keep pop-ups off the notebook.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat

sync_api: Any
try:
    from playwright import sync_api
except ImportError:  # the browser tests skip, and say why; the rest of this module needs no browser
    sync_api = None

CHROMIUM = shutil.which("chromium")
REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
ARTEFACTS = REPO / "test-artifacts"  # screenshots, ignored by git

# JupyterLab settings for a test's own user-settings folder: no news or
# update pop-up over the notebook, and every cell kept in the page (by default
# JupyterLab may leave cells out of the DOM until they are scrolled to).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    # A test runs the course's notebooks without changing them: a server shared by several tests serves them as
    # committed to each.
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
}
RUN_ALL_S = 90  # notebook 01 and exercise 1, the notebooks run here, take about 10 s each on 2 cores
IMAGE_LOAD_S = 10  # an image not loaded this long after it is scrolled into view is broken
# Tall enough for the tallest figure (900 px) and its cell, so a cell's screenshot is the cell alone.
VIEWPORT = {"width": 1280, "height": 1400}


def write_lab_settings(config_dir: Path) -> None:
    """Write :data:`LAB_SETTINGS` into the user-settings folder of the Jupyter config folder ``config_dir``."""
    for setting, values in LAB_SETTINGS.items():
        path = config_dir / "lab" / "user-settings" / f"{setting}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))


_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b", re.I)


def images_in(notebook: nbformat.NotebookNode) -> int:
    """Return how many images JupyterLab shows for ``notebook``: its Markdown's, and its outputs' figures."""
    markdown = sum(len(_MARKDOWN_IMAGE.findall(cell.source)) for cell in notebook.cells if cell.cell_type == "markdown")
    figures = sum(any(mime.startswith("image/") for mime in output.get("data", {}))
                  for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs)
    return markdown + figures


class JupyterLab:
    """One browser tab on a running JupyterLab, with the few things a student does in it.

    ``tree`` is where the course's ``notebooks/`` folder is in the server's
    file tree: ``""`` when the server serves that folder itself,
    ``"notebooks/"`` when it serves the repository's root, as it must for the
    chapters' diagrams (``../docs/diagrams/``) to load.
    """

    def __init__(self, page: sync_api.Page, url: str, artefacts: Path, tree: str = "") -> None:
        self.page = page
        self.url = url
        self.artefacts = artefacts
        self.tree = tree

    def open(self, notebook: str) -> None:
        """Open ``notebook`` (a path under notebooks/) alone; wait for all its cells and for its kernel to be idle."""
        expected = nbformat.read(NOTEBOOKS / notebook, as_version=4)
        # ?reset: a fresh workspace, so a notebook opened before is closed and the page holds this one's cells alone.
        self.page.goto(f"{self.url}/lab/tree/{self.tree}{notebook}?reset")
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

    def clear_outputs(self) -> None:
        """Clear every cell's output and execution count: the committed ones must not pass for new ones."""
        self.menu("Edit", "Clear Outputs of All Cells")
        sync_api.expect(self.page.locator(".jp-OutputArea-output")).to_have_count(0)
        sync_api.expect(self.page.locator(".jp-CodeCell .jp-InputPrompt").filter(
            has_text=re.compile(r"\d"))).to_have_count(0)

    def run_cell(self, source: str) -> None:
        """Run the one code cell holding ``source`` as a student does, with Shift+Enter; wait until it has run."""
        cell = self.code_cell(source)
        cell.locator(".jp-InputArea-editor").click()
        self.page.keyboard.press("Shift+Enter")
        sync_api.expect(cell.locator(".jp-InputPrompt")).to_have_text(re.compile(r"\[\d+\]"), timeout=RUN_ALL_S * 1000)

    def run_all(self) -> None:
        """Clear the outputs, run every cell from the Run menu, wait for the kernel; check each ran once, in order."""
        prompts = self.page.locator(".jp-CodeCell .jp-InputPrompt")
        self.clear_outputs()
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

    def code_cell(self, source: str) -> sync_api.Locator:
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

    def broken_images(self) -> list[str]:
        """Return every image of the open notebook that did not load, by its alt text (or its source).

        Every ``<img>`` in its cells counts: Markdown images (the diagrams)
        and figure outputs.  Each is scrolled into view first, in case the
        page loads or renders it only then, and given :data:`IMAGE_LOAD_S`
        to load: loaded means ``complete`` with a ``naturalWidth`` above 0,
        which an image whose source failed (or was emptied) never reaches.
        """
        broken = []
        images = self.page.locator(".jp-Notebook .jp-Cell img")
        for index in range(images.count()):
            image = images.nth(index)
            image.scroll_into_view_if_needed()
            try:
                self.page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle(),
                                            timeout=IMAGE_LOAD_S * 1000, polling=100)
            except sync_api.TimeoutError:
                alt, src = image.evaluate("img => [img.alt, img.getAttribute('src') || '']")
                broken.append(f"image {index + 1}: {alt[:80] or src[:80] or 'no alt text, no source'}")
        return broken

    def image_count(self) -> int:
        """Return how many ``<img>`` the open notebook's cells hold."""
        return self.page.locator(".jp-Notebook .jp-Cell img").count()

    def screenshot(self, name: str, cell_source: str | None = None) -> Path:
        """Save a screenshot of the window, or of one code cell, as ``name``.png; return its path."""
        self.artefacts.mkdir(parents=True, exist_ok=True)
        path = self.artefacts / f"{name}.png"
        target = self.page if cell_source is None else self.code_cell(cell_source)
        target.screenshot(path=path)
        return path


def free_loopback_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def browser_tab(url: str, artefacts: Path, last_screenshot: str, tree: str = "") -> Iterator[JupyterLab]:
    """Yield a headless Chromium tab on the JupyterLab at ``url``; screenshot it, then close the browser, after.

    ``tree``: where the server's file tree holds the course's notebooks (:class:`JupyterLab`).
    """
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            lab = JupyterLab(browser.new_page(viewport=VIEWPORT), url, artefacts, tree)
            lab.page.set_default_timeout(30_000)
            try:
                yield lab
            finally:
                # What the window showed last: for a failing test, where it stopped.
                lab.screenshot(last_screenshot)
        finally:
            browser.close()
