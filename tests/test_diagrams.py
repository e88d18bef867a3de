"""The course's diagrams: the committed SVGs are what docs/diagrams/make_diagrams.py draws now.

Each diagram is drawn from a description in that script, with numbers taken
from pool_lab; when a diagram or a number it quotes changes, the script is
rerun and its SVGs committed.  These tests fail when that was forgotten,
when a diagram lacks its text alternative, when a label sticks out of its
box, and when two role colours become hard to tell apart for a reader with
a colour-vision deficiency.
"""

from __future__ import annotations

import base64
import importlib.util
import itertools
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import nbformat
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
DIAGRAMS_DIR = ROOT / "docs" / "diagrams"
SVG = "{http://www.w3.org/2000/svg}"
REGENERATE = "run `python docs/diagrams/make_diagrams.py` and commit the SVG files it writes"


def _load_script():
    spec = importlib.util.spec_from_file_location("make_diagrams", DIAGRAMS_DIR / "make_diagrams.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


diagrams = _load_script()
NAMES = list(diagrams.DIAGRAMS)


def test_there_is_a_diagram_for_every_chapter_and_for_exercise_7():
    chapters = {path.name[:2] for path in (ROOT / "notebooks").glob("0*_*.ipynb")}
    assert {name[2:4] for name in NAMES if name.startswith("ch")} == chapters
    assert "ex07_pipeline" in NAMES


def test_committed_svgs_are_what_the_script_draws_now(tmp_path):
    diagrams.write_all(tmp_path)
    for name in NAMES:
        committed = DIAGRAMS_DIR / f"{name}.svg"
        assert committed.exists(), f"{committed.name} is missing: {REGENERATE}"
        assert committed.read_bytes() == (tmp_path / f"{name}.svg").read_bytes(), \
            f"{committed.name} is not what the script draws now: {REGENERATE}"
    stale = sorted(p.name for p in DIAGRAMS_DIR.glob("*.svg") if p.stem not in diagrams.DIAGRAMS)
    assert not stale, f"SVG files no diagram in the script draws: {stale}"


def test_drawing_twice_gives_the_same_bytes():
    assert all(diagrams.render(name) == diagrams.render(name) for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_diagram_has_a_title_and_a_short_text_alternative(name):
    title, alt = diagrams.TITLES[name], diagrams.ALT_TEXT[name]
    assert title.strip() and alt.strip()
    # One or two sentences, for a reader who cannot see the picture ...
    sentences = [s for s in re.split(r"(?<=[.?!])\s+(?=[A-Z])", alt.strip()) if s]
    assert 1 <= len(sentences) <= 2, sentences
    # ... that a notebook can quote inside ![...](...) as they are.
    assert not re.search(r"[\[\]\n`*]", alt), "alt text must not hold Markdown brackets, backticks, stars or newlines"


@pytest.mark.parametrize("name", NAMES)
def test_every_svg_parses_and_carries_its_title_and_text_alternative(name):
    root = ET.parse(DIAGRAMS_DIR / f"{name}.svg").getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("width") == "800" and root.get("role") == "img"
    assert root.find(f"{SVG}title").text == diagrams.TITLES[name]
    assert root.find(f"{SVG}desc").text == diagrams.ALT_TEXT[name]
    labelled_by = root.get("aria-labelledby").split()
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    assert set(labelled_by) <= ids
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert texts and all(text.strip() for text in texts), "every label is text a screen reader can read"


@pytest.mark.parametrize("name", NAMES)
def test_every_label_fits_in_its_box(name):
    assert diagrams.overflows(diagrams.DIAGRAMS[name]()) == []


def test_a_label_too_long_for_its_box_is_reported():
    drawing = diagrams.Drawing("probe", 100)
    drawing.box(20, 20, 60, 40, "code", ["a label far too long for a box sixty pixels wide"])
    assert len(diagrams.overflows(drawing)) == 1


VISIONS = {
    "typical": None,
    **{kind: {"name": "sRGB1+CVD", "cvd_type": kind, "severity": 100}
       for kind in ("deuteranomaly", "protanomaly", "tritanomaly")},
}


@pytest.mark.parametrize("vision", VISIONS)
def test_role_colours_stay_apart_under_colour_vision_deficiencies(vision):
    """Every pair of role colours differs by at least 10 in CAM02-UCS, in typical vision and in full
    deuteranopia, protanopia and tritanopia (colorspacious's simulation at severity 100).

    10 is several times the smallest difference a reader notices side by
    side; the diagrams also tell roles apart by shape, dashes and labels.
    """
    colorspacious = pytest.importorskip("colorspacious")

    def seen(colour: str) -> np.ndarray:
        rgb = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
        space = VISIONS[vision]
        return rgb if space is None else np.clip(colorspacious.cspace_convert(rgb, space, "sRGB1"), 0, 1)

    too_close = []
    for (a, ca), (b, cb) in itertools.combinations(diagrams.KEY_COLOURS.items(), 2):
        difference = colorspacious.deltaE(seen(ca), seen(cb), input_space="sRGB1")
        if difference < 10:
            too_close.append(f"{a} {ca} and {b} {cb}: {difference:.1f}")
    assert not too_close


def test_the_dask_thresholds_drawn_are_dasks_defaults():
    pytest.importorskip("distributed")
    import dask

    for name, fraction in diagrams.DASK_DEFAULTS.items():
        assert dask.config.get(f"distributed.worker.memory.{name}") == fraction, name


# ![alt](path/to/docs/diagrams/NAME.svg) or <img ... src=".../docs/diagrams/NAME.svg" ... alt="...">
_MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*docs/diagrams/([\w-]+)\.svg)\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.S)


def test_notebooks_show_the_diagrams_with_the_scripts_alt_text():
    """A notebook that shows a diagram quotes its alt text from ALT_TEXT, word for word."""
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "markdown":
                continue
            shown = [(alt, src, name) for alt, src, name in _MARKDOWN_IMAGE.findall(cell.source)]
            for tag in _HTML_IMAGE.findall(cell.source):
                src = re.search(r'src="([^"]*docs/diagrams/([\w-]+)\.svg)"', tag)
                if src:
                    alt = re.search(r'alt="([^"]*)"', tag)
                    shown.append((alt.group(1) if alt else "", src.group(1), src.group(2)))
            for alt, src, name in shown:
                where = f"{path.relative_to(ROOT)}: {src}"
                assert name in diagrams.ALT_TEXT, f"{where}: no such diagram"
                assert (path.parent / src).resolve() == (DIAGRAMS_DIR / f"{name}.svg").resolve(), \
                    f"{where}: the path does not lead to docs/diagrams/{name}.svg"
                assert alt == diagrams.ALT_TEXT[name], f"{where}: quote ALT_TEXT[{name!r}] as the alt text"


# ![alt](data:image/svg+xml;base64,...): a diagram carried inside its notebook (make_diagrams.py --embedded),
# as exercise 7's must be: nbgrader hands the assignment's folder out without docs/.
_EMBEDDED_IMAGE = re.compile(r"!\[([^\]]*)\]\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]*)\)")


def _notebooks() -> list[tuple[Path, nbformat.NotebookNode]]:
    paths = sorted(p for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    return [(path, nbformat.read(path, as_version=4)) for path in paths]


def _embedded(nb: nbformat.NotebookNode) -> list[tuple[str, bytes]]:
    """Return (alt text, SVG bytes) of every diagram a notebook carries in its Markdown."""
    return [(alt, base64.b64decode(data, validate=True)) for cell in nb.cells if cell.cell_type == "markdown"
            for alt, data in _EMBEDDED_IMAGE.findall(cell.source)]


def test_a_diagram_carried_in_a_notebook_is_the_committed_svg_with_the_scripts_alt_text():
    carried = 0
    for path, nb in _notebooks():
        for alt, svg in _embedded(nb):
            where = path.relative_to(ROOT)
            title = ET.fromstring(svg).find(f"{SVG}title")
            names = [name for name in NAMES if title is not None and title.text == diagrams.TITLES[name]]
            assert names, f"{where}: carries an SVG whose <title> is no diagram's"
            (name,) = names
            again = f"put the line `python docs/diagrams/make_diagrams.py --embedded {name}` prints in its place"
            assert svg == (DIAGRAMS_DIR / f"{name}.svg").read_bytes(), \
                f"{where}: its copy of {name}.svg is not the committed one: {again}"
            assert alt == diagrams.ALT_TEXT[name], f"{where}: quote ALT_TEXT[{name!r}] as the alt text: {again}"
            carried += 1
    assert carried, "no notebook carries a diagram: exercise 7 should"


@pytest.mark.parametrize("folder", ["solutions", "student"])
def test_exercise_7_carries_its_diagram_in_the_solution_and_in_nbgraders_student_copy(folder):
    nb = nbformat.read(ROOT / "notebooks" / "exercises" / folder / "07_hidden_queue.ipynb", as_version=4)
    assert [alt for alt, _ in _embedded(nb)] == [diagrams.ALT_TEXT["ex07_pipeline"]]


def test_no_notebook_attaches_an_svg():
    """JupyterLab shows a cell's attached PNG, not an attached SVG: an SVG travels as a data: URL instead."""
    for path, nb in _notebooks():
        for cell in nb.cells:
            for name, bundle in cell.get("attachments", {}).items():
                assert "image/svg+xml" not in bundle, (
                    f"{path.relative_to(ROOT)}: attaches {name} as SVG, which JupyterLab does not show "
                    "(jupyterlab/jupyterlab#10464): carry it as "
                    "`python docs/diagrams/make_diagrams.py --embedded NAME` prints it")


def test_the_embedded_line_carries_the_diagram_and_its_alt_text():
    line = diagrams.embedded("ex07_pipeline")
    ((alt, data),) = _EMBEDDED_IMAGE.findall(line)
    assert alt == diagrams.ALT_TEXT["ex07_pipeline"]
    assert base64.b64decode(data) == diagrams.render("ex07_pipeline").encode("utf-8")
