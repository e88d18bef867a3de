"""Draw the course's diagrams, one SVG file each, from the descriptions in this script.

Run it from the repository's root after changing a diagram, or the library
settings a diagram quotes (the workload's payload, its downstream, a pool's
defaults), and commit the SVG files it writes beside itself::

    python docs/diagrams/make_diagrams.py            # rewrites docs/diagrams/*.svg
    python docs/diagrams/make_diagrams.py OUT_DIR    # writes them somewhere else
    python docs/diagrams/make_diagrams.py --markdown # prints each one's Markdown image line

Each diagram is a function below that places boxes, queues, arrows and text
on a canvas 800 px wide, the width of a JupyterLab notebook.  The numbers it
prints (200 batches, 6.25 MiB, 4 sends at once) come from ``pool_lab`` itself,
so a diagram says what the code does; ``tests/test_diagrams.py`` fails when a
committed SVG is not what this script draws now.

The SVG is written as text by this script, not by matplotlib: the same
description gives the same bytes on every machine and every library version
(no dates, no generated ids, no float formatting that moves between
releases), and every label stays a ``<text>`` element that a screen reader
reads and a search finds.  Each file carries its title and its text
alternative (``ALT_TEXT``, the one place a notebook should quote it from) as
``<title>`` and ``<desc>``, and a white background, so it reads the same in a
dark JupyterLab theme.

Colours belong to roles (a thread, a payload, a bounded or an unbounded
queue, the downstream), the same in every diagram, and no role is told apart
by colour alone: a bounded queue is a closed box with one compartment per
slot, an unbounded one is dashed and open at its back, and every element is
labelled.  The tests check that each pair of role colours stays apart under
simulated deuteranopia, protanopia and tritanopia.
"""

from __future__ import annotations

import html
import inspect
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pool_lab import DEFAULT_BUDGET_MIB, MessageWorkload, local_cluster

HERE = Path(__file__).resolve().parent
WIDTH = 800
MARGIN = 12  # no text closer to the canvas's edge than this
MIB = 2**20

SANS = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
MONO = "DejaVu Sans Mono, Menlo, Consolas, monospace"
INK = "#1a1a1a"
ARROW = "#333333"
TEXT_SIZE = 15  # px at 800 px wide; nothing smaller than SMALL
SMALL = 14
TITLE_SIZE = 20


@dataclass(frozen=True)
class Role:
    """How one kind of thing looks in every diagram."""

    fill: str
    stroke: str
    dash: str | None = None


# Okabe and Ito's colour-blind-safe hues, as light fills (black text stays
# readable on them) or as outlines.  test_diagrams.py checks every pair of
# KEY_COLOURS under simulated colour-vision deficiencies.
ROLES = {
    "code": Role("#ffffff", "#555555"),            # the caller's own code: a loop, a client
    "thread": Role("#c6dbef", "#0072b2"),          # a thread, a worker, a coroutine
    "payload": Role("#e69f00", "#8c5e00"),         # a rendered payload: the memory
    "item": Role("#d4d4d4", "#555555"),            # a task or batch that holds no payload yet
    "bounded": Role("#ffffff", "#009e73"),         # a queue with a size limit
    "unbounded": Role("#ffffff", "#d55e00", "9 5"),  # a queue without one
    "downstream": Role("#f7eeb0", "#8a6d00"),      # the service the messages go to
    "process": Role("#f4f4f4", "#8c8c8c"),         # a process, around what runs in it
    "question": Role("#ffffff", "#555555", "4 4"),  # what the exercise asks the student to find
}
#: The colour that identifies each role, where a reader must tell roles apart.
KEY_COLOURS = {
    "thread": ROLES["thread"].fill,
    "payload": ROLES["payload"].fill,
    "item": ROLES["item"].fill,
    "bounded queue": ROLES["bounded"].stroke,
    "unbounded queue": ROLES["unbounded"].stroke,
    "downstream": ROLES["downstream"].fill,
    "background": "#ffffff",
}

# The incident's workload, with the library's defaults: the numbers the diagrams quote.
WORKLOAD = MessageWorkload()
TASKS = WORKLOAD.tasks
PAYLOAD_MIB = WORKLOAD.payload_bytes_per_task / MIB
ALL_PAYLOADS_MIB = WORKLOAD.total_payload_bytes / MIB
SLOTS = WORKLOAD.send_capacity
SEND_S = WORKLOAD.send_latency_s
LOOKUP_S = WORKLOAD.lookup_latency_s
TASK_S = WORKLOAD.task_s
CEILING = WORKLOAD.send_ceiling_per_s
BUDGET_MIB = DEFAULT_BUDGET_MIB
POOL = 8  # the worker pool of chapters 1, 2, 4 and 5
# Dask: the lab's cluster (pool_lab.local_cluster's defaults), and Dask's own
# defaults for the thresholds (distributed.yaml, distributed.worker.memory.*).
_CLUSTER = {name: p.default for name, p in inspect.signature(local_cluster).parameters.items()}
DASK_DEFAULTS = {"spill": 0.7, "pause": 0.8, "terminate": 0.95}


def _mib(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _s(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _n(value: float) -> str:
    """Return a coordinate as SVG text: at most one decimal, no trailing zeros."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


# Inline markup in labels: `code` is set in the monospace font, **this** in bold.
_MARKUP = re.compile(r"(`[^`]+`|\*\*[^*]+\*\*)")


def _runs(text: str) -> list[tuple[str, str]]:
    """Split a label into (style, text) runs; style is "", "mono" or "bold"."""
    runs = []
    for part in _MARKUP.split(text):
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            runs.append(("mono", part[1:-1]))
        elif part.startswith("**") and part.endswith("**") and len(part) > 3:
            runs.append(("bold", part[2:-2]))
        elif part:
            runs.append(("", part))
    return runs


@dataclass
class Label:
    """A line of text as placed, kept so that the fit check can measure it."""

    text: str
    x: float
    size: float
    anchor: str
    left: float
    right: float
    bold: bool


@dataclass
class Drawing:
    """An SVG canvas WIDTH px wide: shapes and text in the order they are drawn."""

    name: str
    height: int
    parts: list[str] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)

    # Text ------------------------------------------------------------------------------------

    def text(self, x: float, y: float, text: str, *, size: float = TEXT_SIZE, anchor: str = "start",
             bold: bool = False, within: tuple[float, float] | None = None) -> None:
        """Write one line with its baseline at ``y``; it must fit between ``within`` (default: the canvas)."""
        left, right = within or (MARGIN, WIDTH - MARGIN)
        self.labels.append(Label(text, x, size, anchor, left, right, bold))
        spans = []
        for style, run in _runs(text):
            run = html.escape(run, quote=False)
            if style == "mono":
                spans.append(f'<tspan font-family="{MONO}">{run}</tspan>')
            elif style == "bold":
                spans.append(f'<tspan font-weight="bold">{run}</tspan>')
            else:
                spans.append(run)
        attributes = f'x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}"'
        if anchor != "start":
            attributes += f' text-anchor="{anchor}"'
        if bold:
            attributes += ' font-weight="bold"'
        self.parts.append(f"<text {attributes}>{''.join(spans)}</text>")

    def lines(self, x: float, y: float, lines: Iterable[str], *, size: float = TEXT_SIZE, anchor: str = "start",
              within: tuple[float, float] | None = None, leading: float = 1.3) -> float:
        """Write lines from the baseline ``y`` down; return the baseline after the last."""
        for line in lines:
            self.text(x, y, line, size=size, anchor=anchor, within=within)
            y += size * leading
        return y

    # Shapes ----------------------------------------------------------------------------------

    def rect(self, x: float, y: float, w: float, h: float, role: str, *, radius: float = 6,
             width: float = 2) -> None:
        look = ROLES[role]
        dash = f' stroke-dasharray="{look.dash}"' if look.dash else ""
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" rx="{_n(radius)}" '
            f'fill="{look.fill}" stroke="{look.stroke}" stroke-width="{_n(width)}"{dash}/>')

    def box(self, x: float, y: float, w: float, h: float, role: str, lines: Iterable[str] = (), *,
            size: float = TEXT_SIZE, top: float | None = None, align: str = "middle") -> None:
        """A rounded box of ``role`` with lines of text, centred (or from ``top`` px below its edge)."""
        self.rect(x, y, w, h, role)
        lines = list(lines)
        if not lines:
            return
        leading = size * 1.3
        first = y + top + size if top is not None else y + h / 2 - (len(lines) - 1) * leading / 2 + size * 0.35
        tx = {"start": x + 10, "middle": x + w / 2}[align]
        self.lines(tx, first, lines, size=size, anchor=align, within=(x + 4, x + w - 4))

    def payload(self, x: float, y: float, w: float = 22, h: float = 16) -> None:
        """A rendered payload: a small solid tile."""
        self.rect(x, y, w, h, "payload", radius=2, width=1.2)

    def item(self, x: float, y: float, w: float = 12, h: float = 16) -> None:
        """A task or batch that holds no payload yet: a small grey tile."""
        self.rect(x, y, w, h, "item", radius=2, width=1.2)

    def card(self, x: float, y: float, label: str = "thread", *, w: float = 92, h: float = 30,
             holds: bool = True, size: float = SMALL) -> None:
        """A thread (or worker, or coroutine) as a card; ``holds``: with its payload tile."""
        self.rect(x, y, w, h, "thread", radius=5, width=1.5)
        text_w = w - 34 if holds else w
        self.text(x + text_w / 2 + (3 if holds else 0), y + h / 2 + size * 0.35, label, size=size, anchor="middle",
                  within=(x + 2, x + text_w + 4))
        if holds:
            self.payload(x + w - 28, y + (h - 16) / 2)

    def queue(self, x: float, y: float, w: float, h: float, slots: int, *, bounded: bool = True,
              contents: str = "item", filled: int | None = None) -> None:
        """A queue, its front at the right: a closed box of ``slots`` compartments, or (unbounded) open at its back.

        ``contents`` is what waits in it: "item" (no payload yet) or "payload"
        (a work item with its payload); ``filled`` slots hold one, from the front.
        """
        role = ROLES["bounded" if bounded else "unbounded"]
        stroke = f'stroke="{role.stroke}" stroke-width="2.5"'
        if bounded:
            self.parts.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" fill="#ffffff" '
                              f'{stroke}/>')
            for i in range(1, slots):
                sx = x + w * i / slots
                self.parts.append(f'<line x1="{_n(sx)}" y1="{_n(y)}" x2="{_n(sx)}" y2="{_n(y + h)}" '
                                  f'stroke="{role.stroke}" stroke-width="1"/>')
        else:
            dash = f' stroke-dasharray="{role.dash}"'
            self.parts.append(f'<path d="M{_n(x)},{_n(y)} H{_n(x + w)} V{_n(y + h)} H{_n(x)}" fill="none" '
                              f'{stroke}{dash}/>')
        slot_w = w / slots
        for i in range(slots if filled is None else filled):
            sx = x + w - (i + 1) * slot_w  # the front is at the right
            if contents == "payload":
                tile = min(22.0, slot_w - 6)
                self.payload(sx + (slot_w - tile) / 2, y + (h - 16) / 2, w=tile)
            else:
                tile = min(12.0, slot_w - 6)
                self.item(sx + (slot_w - tile) / 2, y + (h - 16) / 2, w=tile)

    def badge(self, x: float, y: float, number: int) -> None:
        """A numbered circle centred on (x, y), to key a part of a picture to a row of a table."""
        self.parts.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="11" fill="{INK}"/>')
        self.parts.append(f'<text x="{_n(x)}" y="{_n(y + 5)}" font-size="14" font-weight="bold" '
                          f'text-anchor="middle" fill="#ffffff">{number}</text>')

    def arrow(self, *points: tuple[float, float], dashed: bool = False, head: bool = True) -> None:
        """A line through ``points``, with an arrowhead at the last; dashed: a reference, not a flow."""
        path = " ".join(f"{'M' if i == 0 else 'L'}{_n(px)},{_n(py)}" for i, (px, py) in enumerate(points))
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        end = f' marker-end="url(#{self.name}-head)"' if head else ""
        self.parts.append(f'<path d="{path}" fill="none" stroke="{ARROW}" stroke-width="2"{dash}{end}/>')

    def line(self, x1: float, y1: float, x2: float, y2: float, *, colour: str = INK, width: float = 2,
             dash: str | None = None) -> None:
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{colour}" '
                          f'stroke-width="{_n(width)}"{dashed}/>')

    def title(self, text: str) -> None:
        self.text(WIDTH / 2, 30, text, size=TITLE_SIZE, anchor="middle", bold=True)

    # Output ----------------------------------------------------------------------------------

    def svg(self, title: str, description: str) -> str:
        """Return the whole SVG document: title and text alternative first, then what was drawn."""
        name, h = self.name, self.height
        head = (f'<marker id="{name}-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                f'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{ARROW}"/></marker>')
        return "\n".join([
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{h}" viewBox="0 0 {WIDTH} {h}" '
            f'role="img" aria-labelledby="{name}-title {name}-desc" font-family="{SANS}" fill="{INK}">',
            f'<title id="{name}-title">{html.escape(title, quote=False)}</title>',
            f'<desc id="{name}-desc">{html.escape(description, quote=False)}</desc>',
            f"<defs>{head}</defs>",
            f'<rect width="{WIDTH}" height="{h}" fill="#ffffff"/>',
            *self.parts,
            "</svg>",
            "",
        ])


# The diagrams -----------------------------------------------------------------------------------

TITLES: dict[str, str] = {}
ALT_TEXT: dict[str, str] = {}
DIAGRAMS: dict[str, Callable[[], Drawing]] = {}


def diagram(name: str, height: int, title: str, alt: str) -> Callable[[Callable[[Drawing], None]], Callable[[Drawing], None]]:
    """Register a function that draws diagram ``name`` on a canvas ``height`` px high, with its title and text alternative."""
    def register(draw: Callable[[Drawing], None]) -> Callable[[Drawing], None]:
        def make() -> Drawing:
            drawing = Drawing(name, height)
            drawing.title(title)
            draw(drawing)
            return drawing

        TITLES[name], ALT_TEXT[name], DIAGRAMS[name] = title, alt, make
        return draw
    return register


def _downstream(d: Drawing, x: float, y: float, *, busy: int = SLOTS, w: float = 220, h: float = 150) -> None:
    """The incident's downstream: SLOTS sends at once, each taking SEND_S, served in arrival order."""
    d.box(x, y, w, h, "downstream", ["**downstream**", f"{SLOTS} at once, {_s(SEND_S)} s each"], top=4, size=SMALL)
    cols = 2
    for i in range(SLOTS):
        cx = x + 8 + (i % cols) * 104
        cy = y + 54 + (i // cols) * 42
        d.card(cx, cy, "sending", w=100) if i < busy else d.rect(cx, cy, 100, 30, "code", radius=5, width=1.2)


def _memory_bar(d: Drawing, y: float, held_mib: float, label: str) -> None:
    """Payload memory on one scale for both halves of chapter 1: the bar, the budget, the figure."""
    x0, x1 = 250, WIDTH - 40
    scale = (x1 - x0) / ALL_PAYLOADS_MIB
    d.text(20, y + 15, "**payloads held at once**", within=(MARGIN, x0 - 8))
    d.parts.append(f'<rect x="{x0}" y="{_n(y)}" width="{_n(held_mib * scale)}" height="20" '
                   f'fill="{ROLES["payload"].fill}" stroke="{ROLES["payload"].stroke}" stroke-width="1.2"/>')
    budget_x = x0 + BUDGET_MIB * scale
    d.line(budget_x, y - 6, budget_x, y + 26, dash="5 4")
    d.text(budget_x + 6, y - 4, f"{BUDGET_MIB:.0f} MiB budget", size=SMALL)
    d.text(x0, y + 40, label, size=SMALL)


def _crowd(d: Drawing, x: float, y: float, label: str, rows: int = 2, cols: int = 3) -> None:
    """Cards in a block, each holding its payload: the line at the downstream."""
    for r in range(rows):
        for c in range(cols):
            d.card(x + c * 100, y + r * 38, label)


@diagram(
    "ch01_incident", 630,
    "The incident: a thread per batch, against a worker pool",
    f"Two halves on one memory scale. Thread per task starts a thread for each of the {TASKS} batches; every "
    f"thread renders its {_mib(PAYLOAD_MIB)} MiB payload and waits in line for a downstream that sends only "
    f"{SLOTS} at a time, so up to {ALL_PAYLOADS_MIB:,.0f} MiB of payloads are held, far past the "
    f"{BUDGET_MIB:.0f} MiB budget. A worker pool takes batches, which hold no payload yet, from a queue of "
    f"{POOL} into {POOL} worker threads, so at most {POOL} payloads ({POOL * PAYLOAD_MIB:.0f} MiB) are held.",
)
def ch01_incident(d: Drawing) -> None:
    # Thread per task.
    top = 50
    d.text(20, top + 18, f"**Thread per task**: a thread for every batch, all {TASKS} started at once")
    d.box(20, top + 44, 130, 96, "code", ["main loop:", "a new thread", "per batch"])
    d.arrow((150, top + 92), (206, top + 92))
    d.text(178, top + 82, f"{TASKS}×", size=SMALL, anchor="middle")
    d.text(212, top + 97, "…", size=22)
    _crowd(d, 236, top + 58, "thread")
    d.arrow((532, top + 92), (564, top + 92))
    d.lines(212, top + 150, ["all wait their turn in arrival order, each", "holding its payload until it is sent"],
            size=SMALL, within=(206, 564))
    _downstream(d, 568, top + 28)
    _memory_bar(d, top + 206, ALL_PAYLOADS_MIB, f"up to {TASKS} × {_mib(PAYLOAD_MIB)} MiB = "
                f"{ALL_PAYLOADS_MIB:,.0f} MiB: killed at the budget long before")

    d.line(20, 320, WIDTH - 20, 320, colour="#bbbbbb", width=1)

    # The worker pool.
    top = 326
    d.text(20, top + 18, f"**Worker pool**: {POOL} worker threads take batches from a queue of {POOL}")
    d.box(20, top + 44, 130, 96, "code", ["main loop:", "`submit` waits", "while it is full"])
    d.arrow((150, top + 92), (186, top + 92))
    d.queue(190, top + 74, 120, 36, POOL, filled=POOL)
    d.text(250, top + 66, f"queue of {POOL} batches", size=SMALL, anchor="middle")
    d.arrow((310, top + 92), (334, top + 92))
    _crowd(d, 338, top + 58, "worker", cols=2)
    d.arrow((532, top + 92), (564, top + 92))
    d.lines(338, top + 150, [f"{POOL} workers: {SLOTS} sending, the", "others rendering or waiting"],
            size=SMALL, within=(334, 564))
    _downstream(d, 568, top + 28)
    _memory_bar(d, top + 206, POOL * PAYLOAD_MIB, f"at most {POOL} × {_mib(PAYLOAD_MIB)} MiB = "
                f"{POOL * PAYLOAD_MIB:.0f} MiB: one payload per worker")

    # Legend.
    y = d.height - 14
    d.card(20, y - 20)
    d.text(120, y, "a thread with its payload")
    d.payload(330, y - 13)
    d.text(358, y, f"payload: {_mib(PAYLOAD_MIB)} MiB")
    d.item(540, y - 13)
    d.text(558, y, "batch: user ids only")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--markdown"]:
        for name in DIAGRAMS:
            print(f"![{ALT_TEXT[name]}](../docs/diagrams/{name}.svg)")
        return 0
    out = Path(argv[0]) if argv else HERE
    for path in write_all(out):
        print(path)
    return 0


def render(name: str) -> str:
    """Return diagram ``name`` as SVG text."""
    return DIAGRAMS[name]().svg(TITLES[name], ALT_TEXT[name])


def write_all(out: Path) -> list[Path]:
    """Write every diagram to ``out``/NAME.svg, after checking that its text fits; return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in DIAGRAMS:
        problems = overflows(DIAGRAMS[name]())
        if problems:
            raise SystemExit(f"{name}: text does not fit:\n  " + "\n  ".join(problems))
        path = out / f"{name}.svg"
        path.write_text(render(name), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def overflows(drawing: Drawing, slack: float = 1.05) -> list[str]:
    """Return each label of ``drawing`` that would stick out of its box, measured in DejaVu Sans.

    ``slack``: browsers that substitute another font (Verdana, Arial) may set
    text a little wider or narrower; 5% more room than DejaVu needs covers them.
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measure = TextToPath()
    problems = []
    for label in drawing.labels:
        width = 0.0
        for style, run in _runs(label.text):
            font = FontProperties(family="DejaVu Sans Mono" if style == "mono" else "DejaVu Sans",
                                  weight="bold" if style == "bold" or label.bold else "normal", size=label.size)
            width += measure.get_text_width_height_descent(run, font, ismath=False)[0]
        width *= slack
        left = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[label.anchor]
        if left < label.left - 0.5 or left + width > label.right + 0.5:
            problems.append(f"{label.text!r}: {left:.0f} to {left + width:.0f} px, room {label.left:.0f} to "
                            f"{label.right:.0f} px")
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
