"""Draw the course's diagrams, one SVG file each, from the descriptions in this script.

Run it from the repository's root after changing a diagram, or the library
settings a diagram quotes (the workload's payload, its downstream, a pool's
defaults), and commit the SVG files it writes beside itself::

    python docs/diagrams/make_diagrams.py            # rewrites docs/diagrams/*.svg
    python docs/diagrams/make_diagrams.py OUT_DIR    # writes them somewhere else
    python docs/diagrams/make_diagrams.py --markdown # prints each one's Markdown image line
    python docs/diagrams/make_diagrams.py --embedded NAME  # the same line, with the SVG in it

A chapter links its diagram by a path relative to ``notebooks/``.  An
exercise cannot: nbgrader hands an assignment's folder out on its own, so
exercise 7 carries its diagram inside the notebook, as a ``data:`` URL in
its Markdown image (``--embedded`` prints that line; rerun it after the
diagram changes).  Not as a cell attachment: JupyterLab shows an attached
PNG but not an attached SVG (jupyterlab/jupyterlab#10464; its attachment
resolver takes only the raster image types), while it shows a ``data:``
URL, as a static render does.

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

import base64
import html
import inspect
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
    "body": Role("#e69f00", "#8c5e00", "3 2"),     # a payload serialised for the wire: a copy, the same memory
    "item": Role("#c8c8c8", "#555555"),            # a task or batch that holds no payload yet
    "bounded": Role("#ffffff", "#009e73"),         # a queue with a size limit
    "unbounded": Role("#ffffff", "#d55e00", "9 5"),  # a queue without one
    "downstream": Role("#f5e9a0", "#8a6d00"),      # the service the messages go to
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
                # SVG collapses runs of spaces: an indent in code keeps its width as no-break spaces.
                run = re.sub(r"^ +| {2,}", lambda m: "\u00a0" * len(m.group()), run)
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

    def body(self, x: float, y: float, w: float = 22, h: float = 16) -> None:
        """A request body joined from a payload: a payload's tile, outlined in dashes (it is a copy)."""
        self.rect(x, y, w, h, "body", radius=2, width=1.2)

    def item(self, x: float, y: float, w: float = 12, h: float = 16) -> None:
        """A task or batch that holds no payload yet: a small grey tile."""
        self.rect(x, y, w, h, "item", radius=2, width=1.2)

    def card(self, x: float, y: float, label: str = "thread", *, w: float = 92, h: float = 30,
             holds: bool = True, body: bool = False, size: float = SMALL) -> None:
        """A thread (or worker, or coroutine) as a card; ``holds``: with its payload tile; ``body``: and its body's."""
        self.rect(x, y, w, h, "thread", radius=5, width=1.5)
        text_w = (w - 34 - (26 if body else 0)) if holds else w
        if label:
            self.text(x + text_w / 2 + (3 if holds else 0), y + h / 2 + size * 0.35, label, size=size, anchor="middle",
                      within=(x + 2, x + text_w + 4))
        if holds:
            self.payload(x + w - 28 - (26 if body else 0), y + (h - 16) / 2)
        if holds and body:
            self.body(x + w - 28, y + (h - 16) / 2)

    def queue(self, x: float, y: float, w: float, h: float, slots: int, *, bounded: bool = True,
              contents: str = "item", filled: int | None = None, front: str = "right") -> None:
        """A queue: a closed box of ``slots`` compartments, or (unbounded) open at its back.

        ``contents`` is what waits in it: "item" (no payload yet) or "payload"
        (a work item with its payload); ``filled`` slots hold one, from the
        ``front`` ("right", or "left" for a flow that runs right to left).
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
            sx = x + w - (i + 1) * slot_w if front == "right" else x + i * slot_w
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


Draw = Callable[[Drawing], None]


def diagram(name: str, height: int, title: str, alt: str) -> Callable[[Draw], Draw]:
    """Register a function that draws diagram ``name`` on a canvas ``height`` px high, with its title and alt text."""
    def register(draw: Draw) -> Draw:
        def make() -> Drawing:
            drawing = Drawing(name, height)
            drawing.title(title)
            draw(drawing)
            return drawing

        TITLES[name], ALT_TEXT[name], DIAGRAMS[name] = title, alt, make
        return draw
    return register


def _downstream(d: Drawing, x: float, y: float) -> None:
    """The incident's downstream, every slot busy: SLOTS sends at once, each taking SEND_S."""
    d.box(x, y, 220, 150, "downstream", ["**downstream**", f"{SLOTS} at once, {_s(SEND_S)} s each"], top=4,
          size=SMALL)
    for i in range(SLOTS):
        d.card(x + 8 + (i % 2) * 104, y + 54 + (i // 2) * 42, "sending", w=100)


def _memory_bar(d: Drawing, y: float, held_mib: float, label: str) -> None:
    """Payload memory on one scale for both halves of chapter 1: the bar, the budget, the figure."""
    x0, x1 = 250, WIDTH - 40
    scale = (x1 - x0) / ALL_PAYLOADS_MIB
    d.text(20, y + 15, "**payloads held at once**", within=(MARGIN, x0 - 8))
    d.rect(x0, y, x1 - x0, 20, "process", radius=0, width=1)  # the scale's track: the bar is a length on it
    d.rect(x0, y, held_mib * scale, 20, "payload", radius=0, width=1.2)
    for i in range(1, round(held_mib / PAYLOAD_MIB)):  # a stripe per payload: eight held, not one
        d.line(x0 + i * PAYLOAD_MIB * scale, y + 1, x0 + i * PAYLOAD_MIB * scale, y + 19, colour="#ffffff", width=0.6)
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
    f"Thread per task, above, starts a thread for each of the {TASKS} batches; every thread renders its "
    f"{_mib(PAYLOAD_MIB)} MiB payload and waits in line for a downstream that sends only {SLOTS} at a time, so up "
    f"to {ALL_PAYLOADS_MIB:,.0f} MiB of payloads are held, far past the {BUDGET_MIB:.0f} MiB budget. A worker "
    f"pool, below on the same memory scale, takes batches (user ids, no payload yet) from a queue of {POOL} into "
    f"{POOL} worker threads, so at most {POOL} payloads ({POOL * PAYLOAD_MIB:.0f} MiB) are held.",
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

    _key(d, [(20, "thread", "a thread with its payload"), (330, "payload", f"payload: {_mib(PAYLOAD_MIB)} MiB"),
             (540, "item", "batch: user ids only")])


def _key(d: Drawing, entries: Iterable[tuple[float, str, str]]) -> None:
    """A key along the bottom edge: each entry is (x, symbol, what it stands for); symbol: thread, payload or item."""
    y = d.height - 14
    for x, symbol, label in entries:
        if symbol == "thread":
            d.card(x, y - 20)
            x += 100
        elif symbol == "payload":
            d.payload(x, y - 13)
            x += 28
        else:
            d.item(x, y - 13)
            x += 18
        d.text(x, y, label)


def _table(d: Drawing, top: float, columns: list[tuple[float, float]], header: list[str],
           rows: list[list[list[str]]], *, row_h: float = 48, size: float = SMALL, badges: bool = False) -> float:
    """A table: ``columns`` are (left, right) in px, each cell a list of lines; return its bottom.

    With ``badges``, each row's first cell starts with a numbered badge that
    keys it to the same number in the picture above.
    """
    for (left, right), text in zip(columns, header, strict=True):
        d.text(left + 4, top + 16, text, bold=True, within=(left, right))
    y = top + 26
    d.line(columns[0][0], y, columns[-1][1], y, colour="#999999", width=1)
    for number, row in enumerate(rows, start=1):
        for i, ((left, right), cell) in enumerate(zip(columns, row, strict=True)):
            x = left + 4
            if badges and i == 0:
                d.badge(left + 14, y + row_h / 2, number)
                x = left + 32
            first = y + row_h / 2 - (len(cell) - 1) * size * 0.65 + size * 0.35
            d.lines(x, first, cell, size=size, within=(left, right))
        y += row_h
        d.line(columns[0][0], y, columns[-1][1], y, colour="#dddddd", width=1)
    return y


@diagram(
    "ch02_worker_pool", 530,
    "A worker pool, in Go and in Python",
    "A producer puts tasks into a bounded queue, three workers take and run them, and the caller waits until all "
    "are done. A table below pairs each of five pieces with the Go post's piece and Python's: the queue (a buffered "
    "channel with room for every task; queue.Queue(maxsize), or WorkerPool's queue_size), the workers (go "
    "p.process(); threads), no more tasks (close(p.queue); a sentinel per worker), waiting for all (sync.WaitGroup; "
    "a small WaitGroup on a Condition, or WorkerPool's with block), and results and errors (none in Go, where a "
    "panic ends the program; a Future per task).",
)
def ch02_worker_pool(d: Drawing) -> None:
    d.box(20, 66, 130, 92, "code", ["**producer**", "puts every", "task in the", "queue"], size=SMALL)
    d.arrow((150, 112), (232, 112))
    d.lines(191, 84, ["put: waits", "while full"], size=SMALL, anchor="middle", within=(150, 232))
    d.queue(236, 92, 190, 40, 6, filled=4)
    d.badge(262, 80, 1)
    d.text(280, 85, "bounded queue", size=SMALL, within=(236, 440))
    d.text(254, 156, "then: no more tasks", size=SMALL, within=(236, 470))
    d.badge(236, 151, 3)
    d.arrow((426, 112), (476, 112))
    d.text(451, 104, "get", size=SMALL, anchor="middle")
    for i in range(3):
        d.card(480, 62 + i * 38, f"worker {i + 1}", w=112, holds=False)
        d.arrow((592, 77 + i * 38), (636, 77 + i * 38) if i == 1 else (636, 112 + (i - 1) * 14))
    d.badge(480, 56, 2)
    d.box(640, 62, 148, 106, "code", ["**wait for all**", "each task: done", "wait() returns", "when all are done"],
          size=SMALL)
    d.badge(640, 56, 4)
    d.text(20, 196, "Each worker loops: take the next task, run it, mark it done.", size=SMALL)
    d.badge(478, 191, 5)
    d.text(496, 196, "And each task's result, or error?", size=SMALL)

    columns = [(20, 170), (178, 452), (460, 788)]
    _table(d, 222, columns, ["piece", "Go (the post)", "Python (notebook 2, WorkerPool)"], [
        [["queue"], ["`make(chan Task, len(tasks))`", "a buffered channel: room for all"],
         ["`queue.Queue(maxsize=len(tasks))`", "`WorkerPool`: `queue_size`, `submit` waits"]],
        [["workers"], ["`go p.process()`, count times", "`for task := range p.queue`"],
         ["`threading.Thread(target=process)`", "`while (t := q.get()) is not SENTINEL`"]],
        [["no more", "tasks"], ["`close(p.queue)`: each `range`", "loop ends once it is empty"],
         ["a sentinel per worker: `SENTINEL`", "(3.13+: `Queue.shutdown()`)"]],
        [["wait for", "all"], ["`sync.WaitGroup`:", "`Add(n)`, `Done()`, `Wait()`"],
         ["a small `WaitGroup` (a `Condition`);", "`WorkerPool`: `with` waits for all"]],
        [["results,", "errors"], ["none: a panic in any", "goroutine ends the program"],
         ["a `Future` per task: `result()`", "returns the value or raises"]],
    ], badges=True)
    _key(d, [(20, "item", "a task waiting in the queue")])


def _little(workers: int) -> tuple[float, float]:
    """Return Little's ideal (throughput per s, W in s) for a pool of ``workers`` on the incident's workload."""
    rate = min(workers / TASK_S, CEILING)
    return rate, workers / rate


@diagram(
    "ch03_littles_law", 564,
    "Little's law in a pool: L = λ × W",
    f"A pool holds L busy workers; tasks leave it at λ per second, and each spends W seconds inside, so L = λ × W. "
    f"The downstream sends at most {SLOTS} at once, so λ never passes {CEILING:g} tasks per second: a table shows "
    f"that past about {CEILING * TASK_S:.0f} workers, each extra worker only adds waiting for a free slot to W, "
    f"and one more {_mib(PAYLOAD_MIB)} MiB payload to memory.",
)
def ch03_littles_law(d: Drawing) -> None:
    d.arrow((20, 132), (124, 132))
    d.lines(72, 102, ["λ tasks/s", "arrive"], size=SMALL, anchor="middle", within=(14, 126))
    d.rect(128, 56, 540, 142, "process")
    d.text(398, 78, f"the pool: **L** = {POOL} tasks inside, each for **W** seconds", anchor="middle",
           within=(130, 666))
    busy = [("sending", True)] * SLOTS + [("look up", False)] + [("waiting", True)] * (POOL - SLOTS - 1)
    for i, (label, holds) in enumerate(busy):
        d.card(140 + (i % 4) * 130, 92 + (i // 4) * 40, label, w=122, holds=holds)
    d.text(398, 188, f"{SLOTS} in the downstream's {SLOTS} slots; the others look up, or wait for a slot", size=SMALL,
           anchor="middle", within=(130, 666))
    d.arrow((668, 132), (780, 132))
    d.lines(724, 102, ["λ tasks/s", "leave"], size=SMALL, anchor="middle", within=(670, 788))

    # What W is made of, for the pool of 8.
    rate, w_s = _little(POOL)
    d.text(20, 232, f"**W** for one task, {POOL} workers: λ is at best {rate:g} tasks/s, so W = {POOL} / {rate:g} = "
           f"{_s(w_s)} s at least")
    x0, scale, y = 20, (WIDTH - 40) / w_s, 264
    wait_s = w_s - TASK_S
    segments = [("look up", LOOKUP_S, "item"), ("wait for a free slot", wait_s, "question"),
                ("send", SEND_S, "downstream")]
    x = x0
    for name, seconds, role in segments:
        d.rect(x, y, seconds * scale, 34, role, radius=3, width=1.5)
        d.text(x + seconds * scale / 2, y - 6, name, size=SMALL, anchor="middle", within=(x, x + seconds * scale))
        d.text(x + seconds * scale / 2, y + 22, f"{_s(seconds)} s", size=SMALL, anchor="middle",
               within=(x, x + seconds * scale))
        x += seconds * scale
    d.text(20, y + 54, "(the render, a few ms, follows the look-up; the payload is held through the wait and the send)",
           size=SMALL)

    # Where W grows.
    d.text(20, 356, f"**Where W grows**: the downstream sends {SLOTS} at once, {_s(SEND_S)} s each, so λ ≤ "
           f"{SLOTS} / {_s(SEND_S)} s = {CEILING:g} tasks/s")
    rows = []
    for workers in (1, 4, POOL):  # no larger pool: the chapter asks students to predict those before its sweep
        rate, w_s = _little(workers)
        rows.append([[f"{workers}"], [f"{rate:.1f}"], [f"{w_s:.2f}"], [f"{w_s - TASK_S:.2f}"],
                     [f"{workers} ({_mib(workers * PAYLOAD_MIB)} MiB)"]])
    _table(d, 366, [(20, 130), (130, 300), (300, 420), (420, 600), (600, 788)],
           ["workers L", "best λ (tasks/s)", "least W (s)", "wait for a slot (s)", "payloads, at most"], rows, row_h=32)
    d.text(20, 518, f"Past {CEILING:g} × {_s(TASK_S)} s = {CEILING * TASK_S:.1f} workers, λ cannot pass {CEILING:g}: "
           "more workers add only waiting, and payloads.")
    _key(d, [(20, "payload", f"payload: {_mib(PAYLOAD_MIB)} MiB, held from its render to the end of its send")])


@diagram(
    "ch04_hidden_queues", 572,
    "ThreadPoolExecutor's hidden queue, and three ways to bound it",
    "A loop renders each payload and submits it; ThreadPoolExecutor wraps it in a work item and puts it in an "
    "unbounded queue.SimpleQueue, where every payload not yet sent waits while at most max_workers threads take "
    "items out, and Executor.map submits every item before it returns. Below, three fixes bound the work in "
    "flight: WorkerPool's bounded queue, a lazy map, and a window of futures.",
)
def ch04_hidden_queues(d: Drawing) -> None:
    d.box(20, 58, 200, 112, "code", ["**submitting loop**", "`for b in batches:`", "`  p = render(b)`",
                                     "`  ex.submit(send, p)`"], size=SMALL, align="start")
    d.box(20, 196, 200, 96, "code", ["`ex.map(send, items)`", "submits every item", "before it returns",
                                     "(3.14: `buffersize=n`)"], size=SMALL)
    d.arrow((220, 114), (246, 114))
    d.arrow((220, 244), (234, 244), (234, 114), head=False)
    d.text(258, 72, "each `submit` queues a work item:", size=SMALL, within=(250, 596))
    d.text(258, 92, "a `_WorkItem`: future, function, arguments", size=SMALL, within=(250, 596))
    d.text(262, 122, "…", size=22)
    d.queue(286, 100, 280, 40, 10, bounded=False, contents="payload")
    d.lines(258, 166, ["`_work_queue`: a `queue.SimpleQueue()`", "with no size limit: `submit` never waits;",
                       "each item's `args` hold its payload, alive", "until a thread takes the item and sends it"],
            size=SMALL, within=(250, 596))
    d.arrow((566, 120), (598, 120))
    d.text(694, 66, "≤ `max_workers` threads", size=SMALL, anchor="middle", within=(598, 790))
    for i in range(POOL):
        d.card(600 + (i % 2) * 96, 76 + (i // 2) * 36, "", w=90)
    d.lines(600, 240, ["each takes the next item", "(`get()`) and runs it"], size=SMALL, within=(598, 790))

    d.line(20, 312, WIDTH - 20, 312, colour="#bbbbbb", width=1)
    d.text(20, 340, f"**Three fixes**: bound the work in flight, and so the payloads alive (here about "
           f"{2 * POOL}, for {POOL} workers)")
    fixes = [
        ["**1. a bounded queue**", f"`WorkerPool(max_workers={POOL},`", f"`           queue_size={POOL})`",
         "`submit` waits while it is full", "(until the workers take half)"],
        ["**2. a lazy map**", "`pool.map(send, payloads)`", "takes the next item only as",
         "a result comes back; in 3.14,", f"`ex.map(..., buffersize={2 * POOL})`"],
        ["**3. a window of futures**", "`submit_windowed(ex, send,`", f"`  payloads, window={2 * POOL})`",
         "waits for one to finish before", "each `submit`; any executor"],
    ]
    for i, lines in enumerate(fixes):
        x = 20 + i * 258
        d.rect(x, 356, 248, 118, "bounded")
        d.lines(x + 10, 382, lines, size=SMALL, within=(x + 4, x + 244))
    d.lines(20, 504, ["Without a bound, the queue holds what the loop made and the threads have not taken: with "
                      "payloads", "rendered before `submit`, that is the memory."], size=SMALL)
    _key(d, [(20, "thread", "a thread with its payload"), (330, "payload", f"payload: {_mib(PAYLOAD_MIB)} MiB")])


@diagram(
    "ch05_event_loop", 684,
    "Coroutines on one thread, and two ways to bound them",
    "One thread runs the event loop: it runs one ready coroutine at a time, and switches only when that "
    "coroutine reaches an await that has to wait, so a render with no await runs to its end. Below, an "
    f"asyncio.Semaphore({POOL}) lets {POOL} coroutines into send_batch, each holding a payload once it has "
    f"rendered, while a task for every batch already exists, and {POOL} worker tasks reading an "
    f"asyncio.Queue(maxsize={POOL}) mean only {POOL} workers and the producer exist.",
)
def ch05_event_loop(d: Drawing) -> None:
    d.rect(20, 48, 760, 232, "process")
    d.text(32, 70, "**one thread, one event loop**: it runs one coroutine at a time", within=(24, 540))
    d.payload(556, 57)
    d.text(584, 70, "a payload it holds", size=SMALL, within=(580, 776))
    stages = [(40, "ready to run", 2), (300, "running", 1), (560, "waiting (`await`)", 3)]
    for x, name, cards in stages:
        d.rect(x, 84, 200, 112, "code")
        d.text(x + 100, 104, name, size=SMALL, anchor="middle", within=(x, x + 200))
        for i in range(cards):
            d.card(x + 10 + (i % 2) * 92, 116 + (i // 2) * 38, "coro", w=86, holds=i != 1)
    d.arrow((240, 140), (296, 140))
    d.lines(268, 124, ["next"], size=SMALL, anchor="middle", within=(240, 296))
    d.arrow((500, 140), (556, 140))
    d.lines(528, 124, ["switch"], size=SMALL, anchor="middle", within=(500, 556))
    d.arrow((660, 196), (660, 222), (140, 222), (140, 200))
    d.text(400, 216, "its timer or socket is ready: back in line", size=SMALL, anchor="middle")
    d.lines(32, 244, ["It switches only at an `await` that has to wait (a look-up, a send); rendering has no "
                      "`await`, so every", "other coroutine waits until the render ends."], size=SMALL,
            within=(24, 776))

    # Two bounds, side by side, their payload holders on one row.
    d.text(20, 314, f"`asyncio.Semaphore({POOL})`", bold=True, within=(MARGIN, 394))
    d.text(20, 334, "`gather` makes a task for every batch, up front", size=SMALL, within=(MARGIN, 394))
    for row in range(3):
        for i in range(14):
            d.item(28 + i * 24, 348 + row * 24)
    d.text(370, 390, "…", size=22)
    d.text(20, 436, "all wait at `async with permits`, no payload yet", size=SMALL, within=(MARGIN, 394))
    d.box(100, 446, 200, 30, "code", [f"{POOL} permits"], size=SMALL)
    d.arrow((200, 476), (200, 498))
    d.text(412, 314, f"`asyncio.Queue(maxsize={POOL})` + {POOL} workers", bold=True, within=(406, 790))
    d.text(412, 334, "the producer: `await queue.put(b)`", size=SMALL, within=(406, 790))
    d.card(412, 358, "producer", w=110, holds=False)
    d.arrow((522, 373), (560, 373))
    d.queue(564, 355, 200, 36, POOL, filled=POOL)
    d.text(412, 416, "waits while the queue is full", size=SMALL, within=(406, 790))
    d.text(412, 436, "each worker: `await queue.get()`", size=SMALL, within=(406, 790))
    d.arrow((664, 391), (664, 498))
    for left in (20, 412):
        for i in range(POOL):
            d.card(left + (i % 4) * 92, 502 + (i // 4) * 38, "", w=86)
    # "Once rendered": send_batch looks its batch up before it renders it, holding no payload yet (read 43).
    d.lines(20, 598, [f"{POOL} in `send_batch`, a payload each once rendered;",
                      "every other batch's task already exists"], size=SMALL, within=(MARGIN, 394))
    d.lines(412, 598, [f"{POOL} workers in `send_batch`, a payload each once",
                       "rendered; no other task exists but the producer"], size=SMALL, within=(406, 790))
    d.line(400, 300, 400, 634, colour="#bbbbbb", width=1)
    _key(d, [(20, "item", "a batch with no payload yet: a task waiting for a permit (left), a batch in the queue "
                          "(right)")])


@diagram(
    "ch06_dask", 640,
    "Dask: where results live, and where the memory limit acts",
    f"The client submits tasks to the scheduler, which runs them on worker processes of "
    f"{_CLUSTER['threads_per_worker']} threads each; a worker keeps every result that a future held by the "
    f"client still refers to. Beside each worker a nanny reads its memory and, past the terminate "
    f"fraction of memory_limit, kills and restarts it; a scale below marks where Dask spills (70%), pauses (80%) "
    f"and terminates (95%) by default, and the lab's kill at {_CLUSTER['terminate_fraction']:.0%} of "
    f"{_CLUSTER['memory_limit_mib']:g} MiB.",
)
def ch06_dask(d: Drawing) -> None:
    d.rect(20, 56, 200, 384, "code")
    d.lines(30, 80, ["**client**", "(this notebook)"], within=(24, 216))
    d.lines(30, 122, ["`futures = [`", "`  submit(b)`", "`  for b in batches]`"], size=SMALL, within=(24, 216))
    for i in range(6):
        x, y = 32 + (i % 3) * 58, 186 + (i // 3) * 32
        d.rect(x, y, 50, 24, "code", radius=3, width=1.2)
        d.text(x + 25, y + 17, f"f{i + 1}", size=SMALL, anchor="middle", within=(x, x + 50))
    d.text(110, 268, "… one per batch", size=SMALL, anchor="middle", within=(24, 216))
    d.lines(30, 300, ["each future keeps", "its result alive", "on a worker, until", "the client drops it"],
            size=SMALL, within=(24, 216))

    d.box(246, 196, 166, 108, "code", ["**scheduler**", "sends each task", "to a worker, to run",
                                       "on one of its threads"], size=SMALL)
    d.arrow((220, 250), (242, 250))
    for top in (56, 270):
        d.rect(440, top, 200, 170, "process")
        d.text(450, top + 22, "**worker** (a process)", size=SMALL, within=(444, 636))
        for i in range(_CLUSTER["threads_per_worker"]):
            d.card(450 + i * 94, top + 32, "thread", w=88, holds=False)
        d.text(450, top + 90, "results it keeps:", size=SMALL, within=(444, 636))
        for i in range(6):
            d.payload(452 + i * 29, top + 100)
        d.text(450, top + 144, "memory: RSS against", size=SMALL, within=(444, 636))
        d.text(450, top + 162, "`memory_limit`", size=SMALL, within=(444, 636))
        d.box(650, top, 138, 170, "code", ["**nanny**", "starts the", "worker, reads", "its RSS; past",
                                           "`terminate` it", "kills it and", "starts a new one"], size=SMALL)
    d.arrow((412, 214), (436, 214))
    d.arrow((412, 286), (436, 286))
    d.arrow((220, 166), (448, 166), dashed=True)
    d.arrow((220, 380), (448, 380), dashed=True)
    d.text(330, 158, "refers to", size=SMALL, anchor="middle", within=(222, 438))
    d.text(330, 372, "refers to", size=SMALL, anchor="middle", within=(222, 438))

    # The thresholds, as fractions of memory_limit.
    limit, kill = _CLUSTER["memory_limit_mib"], _CLUSTER["terminate_fraction"]
    d.text(20, 474, f"**Where the limit acts**, in fractions of a worker's `memory_limit` (the lab: {limit:g} MiB)")
    x0, x1, y = 20, 780, 552
    d.rect(x0, y, x1 - x0, 24, "code", radius=2)
    d.text(x0, y + 44, "0", size=SMALL)
    d.text(x1, y + 44, "100%", size=SMALL, anchor="end")
    dask = [("terminate", "the nanny kills the worker"), ("pause", "the worker starts no new task (pause)"),
            ("spill", "the worker spills results to disk")]
    for row, (name, what) in enumerate(dask):
        x = x0 + (x1 - x0) * DASK_DEFAULTS[name]
        d.line(x, y - 50 + row * 18, x, y + 24, dash="4 3")
        d.text(x - 6, y - 40 + row * 18, f"{DASK_DEFAULTS[name]:.0%}: {what}", size=SMALL, anchor="end")
    x = x0 + (x1 - x0) * kill
    d.line(x, y, x, y + 34, width=4)
    d.text(x - 6, y + 44, f"the lab: spill and pause off, the nanny kills at {kill:.0%} = "
           f"{kill * limit:.0f} MiB", size=SMALL, anchor="end")
    d.text(20, 622, "dashed: Dask's defaults (`distributed.worker.memory.*`); solid: the lab's `local_cluster`",
           size=SMALL)


@diagram(
    "ch07_downstream", 616,
    "A real downstream: its capacity, its queue, and the client's pool",
    "Above, a thread per batch, each holding its payload and its request body (the payload joined into bytes, a "
    "copy), sends through the HTTP client's pool of pool_maxsize connections, which opens and discards extra "
    "connections or, with pool_block=True, makes threads wait holding both. Below, the receiver answers 503 at once "
    "when capacity plus queue_size requests are already inside; otherwise it queues the request, serves capacity "
    "at once for service_time_s each, answers 200 and counts the message by its id.",
)
def ch07_downstream(d: Drawing) -> None:
    d.rect(20, 48, 760, 140, "process")
    d.text(32, 70, "**sender** (the lab's child): a thread per batch, each with its payload and its request body",
           within=(24, 776))
    d.payload(32, 80)
    d.text(60, 93, "its payload: the batch's messages", size=SMALL, within=(56, 330))
    d.body(340, 80)
    d.text(368, 93, 'its request body: `b"".join(payload)`, a copy', size=SMALL, within=(364, 776))
    for r in range(2):
        for c in range(3):
            d.card(32 + c * 112, 104 + r * 38, "thread", w=108, body=True)
    d.arrow((366, 138), (388, 138))
    d.rect(392, 100, 376, 80, "code")
    d.text(402, 120, "**client's pool**: `HTTPAdapter(pool_maxsize=10)`", size=SMALL, within=(396, 764))
    for i in range(10):
        d.rect(402 + i * 35, 132, 28, 20, "code", radius=3, width=1.2)
    d.text(402, 170, "a connection per request in flight", size=SMALL, within=(396, 764))

    dy = 16  # the receiver and the notes sit this much lower than before the sender held two tiles
    d.rect(20, 246 + dy, 760, 200, "downstream")
    d.text(184, 268 + dy, "**receiver** (its own process)", within=(24, 776))
    d.arrow((600, 180), (600, 280 + dy))
    d.text(594, 214 + dy, "POST a batch", size=SMALL, anchor="end", within=(400, 600))
    d.box(560, 284 + dy, 208, 86, "code", ["**admit?** in service", "+ queued < `capacity`", "+ `queue_size`"],
          size=SMALL)
    d.arrow((720, 284 + dy), (720, 184))
    d.text(726, 206 + dy, "no: 503", size=SMALL, within=(720, 790))
    d.text(726, 224 + dy, "at once", size=SMALL, within=(720, 790))
    d.arrow((560, 327 + dy), (524, 327 + dy))
    d.text(542, 318 + dy, "yes", size=SMALL, anchor="middle", within=(522, 562))
    d.queue(334, 310 + dy, 186, 34, 6, filled=4, front="left")
    d.text(427, 364 + dy, "`queue_size` wait their turn", size=SMALL, anchor="middle", within=(324, 530))
    d.arrow((334, 327 + dy), (302, 327 + dy))
    d.rect(40, 284 + dy, 258, 102, "code")
    for i in range(8):
        d.rect(52 + (i % 4) * 60, 296 + dy + (i // 4) * 32, 52, 24, "item", radius=3, width=1.2)
    d.text(169, 376 + dy, "`capacity` in service", size=SMALL, anchor="middle", within=(42, 296))
    d.text(169, 408 + dy, "`service_time_s` each, then", size=SMALL, anchor="middle", within=(24, 330))
    d.text(169, 426 + dy, "counted by message id", size=SMALL, anchor="middle", within=(24, 330))
    d.arrow((169, 284 + dy), (169, 176))
    d.text(175, 214 + dy, "200 OK", size=SMALL, within=(169, 330))

    d.lines(20, 476 + dy, [
        "**The client's pool** keeps connections; it bounds neither the payloads nor, by default, the requests:",
        "`pool_block=False` (the default): a thread that finds none free opens one more, thrown away after;",
        "`pool_block=True`: it waits for a free one, holding its payload and body, in a queue you do not see;",
        "aiohttp's `TCPConnector(limit=n)` always waits.",
        "**The receiver** delivers at most `capacity` / `service_time_s` messages a second (8 / 0.05 s = 160",
        "in chapter 7); a message whose client gave up after `timeout_s` may still be delivered: ask the receiver.",
    ], size=SMALL)


@diagram(
    "ex07_pipeline", 460,
    "Exercise 7: the colleague's two-stage pipeline",
    "The render stage, a WorkerPool with a bounded queue, renders each item into a 32 KiB payload in 0.2 ms and "
    "passes it to uploads.submit; the upload stage, a ThreadPoolExecutor, uploads each payload in 3 ms, and each "
    "submit's future is appended to a list. A question mark stands where the payloads wait between the two "
    "stages: where is that, and how many can wait?",
)
def ex07_pipeline(d: Drawing) -> None:
    d.text(20, 62, "**render stage**: `WorkerPool(max_workers=workers)`, its queue bounded")
    d.box(20, 78, 200, 96, "code", ["`renderers.map(`", "` render_then_upload,`", "` items)`"], size=SMALL,
          align="start")
    d.arrow((220, 126), (236, 126))
    d.queue(240, 108, 150, 36, 6, filled=6)
    d.text(315, 166, "items", size=SMALL, anchor="middle")
    d.arrow((390, 126), (426, 126))
    for i in range(4):
        d.card(430 + (i % 2) * 100, 88 + (i // 2) * 40, "render")
    d.lines(636, 106, ["`render(item)`:", "a 32 KiB payload", "in 0.2 ms"], size=SMALL, within=(632, 790))

    d.arrow((580, 168), (580, 206), (110, 206), (110, 244))
    d.arrow((580, 206), (612, 206))
    d.box(616, 178, 172, 56, "code", ["`futures`: a list", "of every future"], size=SMALL)
    d.text(345, 226, "`uploads.submit(upload, payload)`", size=SMALL, anchor="middle")
    d.rect(20, 248, 180, 92, "question")
    d.text(110, 310, "?", size=44, anchor="middle", bold=True)
    d.lines(20, 364, ["where does each payload", "wait for an upload", "thread? how many can?"], size=SMALL,
            within=(MARGIN, 230))
    d.arrow((200, 294), (236, 294))
    d.text(240, 264, "**upload stage**: `ThreadPoolExecutor(max_workers=workers)`", size=SMALL, within=(236, 790))
    for i in range(4):
        d.card(240 + (i % 2) * 100, 276 + (i // 2) * 40, "upload")
    d.text(240, 374, "`upload(payload)`: 3 ms", size=SMALL, within=(236, 600))
    d.arrow((436, 316), (702, 316), (702, 238), dashed=True)
    d.text(568, 308, "sets each future's result", size=SMALL, anchor="middle", within=(436, 700))
    d.text(20, 440, "Both stages have `workers` threads; a render takes 0.2 ms, an upload 3 ms.", size=SMALL)
    d.payload(612, 352)
    d.text(640, 365, "a payload", size=SMALL, within=(636, 790))
    d.item(614, 380)
    d.text(640, 393, "an item", size=SMALL, within=(636, 790))


def render(name: str) -> str:
    """Return diagram ``name`` as SVG text."""
    return DIAGRAMS[name]().svg(TITLES[name], ALT_TEXT[name])


def embedded(name: str) -> str:
    """Return the Markdown image line of diagram ``name`` with the SVG itself in it, as a base64 ``data:`` URL."""
    svg = base64.b64encode(render(name).encode("utf-8")).decode("ascii")
    return f"![{ALT_TEXT[name]}](data:image/svg+xml;base64,{svg})"


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


def main(argv: list[str]) -> int:
    if argv[:1] == ["--markdown"]:
        for name in DIAGRAMS:
            print(f"![{ALT_TEXT[name]}](../docs/diagrams/{name}.svg)")
        return 0
    if argv[:1] == ["--embedded"]:
        unknown = [name for name in argv[1:] if name not in DIAGRAMS]
        if unknown or len(argv) < 2:
            raise SystemExit(f"--embedded takes diagram names, of {', '.join(DIAGRAMS)}; got {unknown or 'none'}")
        for name in argv[1:]:
            print(embedded(name))
        return 0
    out = Path(argv[0]) if argv else HERE
    for path in write_all(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
