"""Every link into the glossary lands on its term in JupyterLab, where students read the course; so does
every link to a heading of the course's other Markdown pages (the guide, troubleshooting, the README).

JupyterLab gives a Markdown heading the id of its text with each space made a
hyphen, case and punctuation kept (``## Little's law`` is
``#Little's-law``), and scrolls to a fragment only when it matches that
exactly.  GitHub lowercases its ids, drops punctuation and matches a fragment
in any case, so there the links land too, but for the four terms with
punctuation (Little's law, I/O-bound, Dask client..., Spill and pause
(Dask)), which open the glossary at its top.  The browser test clicks one
link (``tests/test_jupyterlab_e2e.py``).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
# A fragment may hold one balanced pair of parentheses, as Markdown allows in a link: #Spill-and-pause-(Dask).
LINK = re.compile(r"glossary\.md#([^()\s\"\\]+(?:\([^()\s]*\))?)")


def jupyterlab_ids(page: Path = GLOSSARY) -> set[str]:
    """Return the id JupyterLab gives each heading of a Markdown page (the glossary unless told)."""
    ids, in_code = set(), False
    for line in page.read_text(encoding="utf-8").splitlines():
        in_code ^= line.startswith("```")  # a shell comment in a code block is no heading
        if not in_code and re.match(r"#+ ", line):
            ids.add(line.lstrip("#").strip().replace(" ", "-"))
    return ids


def linking_files() -> list[str]:
    """Return every file of the repository that links into the glossary, as git knows it."""
    found = subprocess.run(["git", "grep", "-l", "glossary.md#", "--", "notebooks", "docs", "README.md"],
                           cwd=ROOT, capture_output=True, text=True)
    if found.returncode not in (0, 1):
        pytest.skip(f"no git repository to list the files: {found.stderr.strip()}")
    return found.stdout.split()


def test_the_glossary_links_to_its_own_terms_as_jupyterlab_ids_them():
    own = re.findall(r"\]\(#([^()\s]+(?:\([^()\s]*\))?)\)", GLOSSARY.read_text())
    assert own and not [fragment for fragment in own if fragment not in jupyterlab_ids()]


def test_the_course_links_into_the_glossary():
    assert len(linking_files()) > 20


@pytest.mark.parametrize("path", linking_files())
def test_every_glossary_link_names_a_heading_as_jupyterlab_ids_it(path):
    ids = jupyterlab_ids()
    wrong = sorted({fragment for fragment in LINK.findall((ROOT / path).read_text()) if fragment not in ids})
    near = {fragment: [i for i in ids if i.lower() == fragment.lower()] for fragment in wrong}
    assert not wrong, f"{path} links to glossary fragments no heading has in JupyterLab: {near}"


# A link to a heading of a page of the repository: [text](path#fragment), or (#fragment) on the same page.
HEADING_LINK = re.compile(r"\]\(([^()\s#]*)#([^()\s\"]+(?:\([^()\s]*\))?)\)")


def _markdown(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown")
    return path.read_text(encoding="utf-8")


def test_every_link_to_a_heading_names_it_as_jupyterlab_ids_it():
    listed = subprocess.run(["git", "ls-files", "*.md", "*.ipynb"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip(f"no git repository to list the files: {listed.stderr.strip()}")
    wrong, links = [], 0
    for name in listed.stdout.split():
        path = ROOT / name
        for target, fragment in HEADING_LINK.findall(_markdown(path)):
            page = (path.parent / target).resolve() if target else path
            if target.startswith(("http:", "https:")) or page.suffix != ".md" or not page.exists():
                continue
            links += 1
            if fragment not in jupyterlab_ids(page):
                wrong.append(f"{name}: {target}#{fragment}")
    assert links > 50, "the course's pages link to far more headings than that"
    assert not wrong, f"links to fragments no heading has in JupyterLab (its ids keep case): {wrong}"
