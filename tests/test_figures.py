"""Figures every reader can read: colours apart under colour blindness, lines told apart by style, words.

The runs are real and small (a run in this process, lab runs under a
budget, a short sweep); the receiver's counts and a Dask cluster's traces
are built by hand from real samples, so no receiver or cluster starts here.
The display tests use a real IPython shell (in a child process, so this
one's hooks stay as they are) and a real kernel run by nbclient.
"""

from __future__ import annotations

import base64
import dataclasses
import itertools
import json
import subprocess
import sys
import textwrap
from typing import Any, Callable

import matplotlib

matplotlib.use("Agg")

import nbformat
import numpy as np
import pytest
from colorspacious import cspace_convert
from jupyter_client import KernelManager
from matplotlib.colors import to_hex, to_rgb, to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from test_classroom import _ThisPython

from pool_lab import ClusterResult, Experiment, MessageWorkload, ReceiverStats, RunResult, Trace, plots, run_lab, sweep
from pool_lab.plots import _style

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("no_leftovers")]

MIB = 1024 * 1024

# How far apart two colours must stay, as distance in CAM02-UCS (Luo, Cui & Li
# 2006), under normal vision and under deuteranopia, protanopia and
# tritanopia simulated with Machado, Oliveira & Fernandes (2009) at every
# severity from 10% to 100%.  18 is the floor Petroff ("Accessible Color
# Sequences for Data Visualization", 2021) required of every pair of his
# 8-colour cycle, by this same test, for the accessible cycles matplotlib
# ships (petroff8); ours has 6 run colours and 2 greys, and a start-up band.
# One CAM02-UCS unit is about one just-noticeable difference between large
# patches; thin lines need many more, which is why lines differ in style too.
# Machado's model is less sure for tritans than for the red-green types.
MIN_DISTANCE = 18.0
# WCAG 2.1, 1.4.11 Non-text Contrast: a line a reader needs stands out from
# the background by at least 3:1.  The figures are drawn on white.
MIN_CONTRAST = 3.0
CVD_TYPES = ("deuteranomaly", "protanomaly", "tritanomaly")
SEVERITIES = range(10, 101, 10)


def _seen(colours: list[str]) -> dict[str, np.ndarray]:
    """Return the colours in CAM02-UCS as each reader sees them: "normal" and each CVD type at each severity."""
    rgb = np.array([to_rgb(c) for c in colours])
    seen = {"normal vision": cspace_convert(rgb, "sRGB1", "CAM02-UCS")}
    for cvd, severity in itertools.product(CVD_TYPES, SEVERITIES):
        space = {"name": "sRGB1+CVD", "cvd_type": cvd, "severity": severity}
        simulated = np.clip(cspace_convert(rgb, space, "sRGB1"), 0, 1)
        seen[f"{cvd.replace('anomaly', 'anopia')} {severity}%"] = cspace_convert(simulated, "sRGB1", "CAM02-UCS")
    return seen


def _closest_pairs(colours: list[str]) -> list[tuple[float, str, str, str]]:
    """Return every pair's smallest distance over all readers, closest first: (distance, reader, a, b)."""
    seen = _seen(colours)
    pairs = []
    for i, j in itertools.combinations(range(len(colours)), 2):
        pairs.append(min((float(np.linalg.norm(jab[i] - jab[j])), reader, colours[i], colours[j])
                         for reader, jab in seen.items()))
    return sorted(pairs)


def _contrast_on_white(colour: str) -> float:
    linear = np.array([c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)])
    return 1.05 / (float(linear @ [0.2126, 0.7152, 0.0722]) + 0.05)


def _on_white(colour: Any, alpha: float | None = None) -> str:
    r, g, b, a = to_rgba(colour, alpha)
    return to_hex((r * a + 1 - a, g * a + 1 - a, b * a + 1 - a))


def _palette() -> list[str]:
    """Return every colour the plots give a line or a band, the start-up band as it shows on white."""
    return [*_style.RUN_COLOURS, _style.LIMIT_COLOUR, _style.LAW_COLOUR, _on_white(_style.STARTUP_COLOUR, 0.6)]


def test_every_pair_of_plot_colours_stays_apart_under_each_colour_blindness():
    pairs = _closest_pairs(_palette())
    print(f"\nclosest pairs of the palette in CAM02-UCS, worst reader (needed: {MIN_DISTANCE}):")
    for distance, reader, a, b in pairs[:6]:
        print(f"  {distance:5.1f}  {a} / {b}  ({reader})")
    too_close = [pair for pair in pairs if pair[0] < MIN_DISTANCE]
    assert not too_close, too_close


def test_the_check_tells_a_palette_that_fails_colour_blind_readers():
    # matplotlib's default cycle, which the course drew with before: its
    # orange and green are one colour to a protanope.
    tab10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"]
    distance, reader, a, b = _closest_pairs(tab10)[0]
    assert distance < MIN_DISTANCE
    assert {a, b} == {"#ff7f0e", "#2ca02c"} and reader.startswith("protanopia"), (distance, reader, a, b)


def test_every_line_colour_stands_out_from_the_white_background():
    lines = [*_style.RUN_COLOURS, _style.LIMIT_COLOUR, _style.LAW_COLOUR]
    contrasts = {colour: round(_contrast_on_white(colour), 2) for colour in lines}
    print(f"\ncontrast on white (needed: {MIN_CONTRAST}:1): {contrasts}")
    assert min(contrasts.values()) >= MIN_CONTRAST, contrasts


# Real runs -------------------------------------------------------------------------------------------------------


def one_at_a_time(task, items):
    for item in items:
        task(item)


@pytest.fixture(scope="module")
def runs() -> dict[str, Any]:
    small = MessageWorkload(users=800)
    return {
        # Sampled here every 20 ms: far enough apart to be drawn as dots.
        "here": Experiment("thread-per-task", workload=MessageWorkload(users=1_200, send_latency_s=0.05)).run_here(),
        "killed": run_lab(Experiment("thread-per-task", workload=MessageWorkload(users=6_000)), budget_mib=96),
        "pooled": run_lab(Experiment("worker-pool", max_workers=4, workload=small), budget_mib=96),
        "mine": run_lab(Experiment(one_at_a_time, workload=MessageWorkload(users=300)), budget_mib=96),
        "sweep": sweep(Experiment("worker-pool", workload=small), workers=(1, 2, 4), budget_mib=96,
                       tasks_per_worker=1),
    }


def _stats(messages: int, rejected: int) -> ReceiverStats:
    timeline = tuple((t / 10, 4, 2, messages * t // 10, rejected * t // 10) for t in range(11))
    return ReceiverStats(capacity=8, queue_size=8, service_time_s=0.05, requests=messages + rejected,
                         delivered=messages, messages=messages, rejected=rejected, active_s=1.0, timeline=timeline)


def _cluster(r: RunResult, killed: bool) -> ClusterResult:
    # Two workers' traces from a real run's samples; when killed, worker 0 is replaced once.
    samples = r.trace.samples
    half = len(samples) // 2
    traces = [Trace(samples, "worker 0"), Trace(samples, "worker 1")]
    if killed:
        traces = [Trace(samples[:half], "worker 0"), Trace(samples, "worker 1"),
                  Trace(samples[half:], "worker 0, restart 1")]
    return ClusterResult(window=None if killed else 4, outcome="workers-killed" if killed else "completed",
                         sends_done=3, tasks_total=8, elapsed_s=r.elapsed_s, workers=2, restarts=int(killed),
                         memory_limit_bytes=192 * MIB, terminate_fraction=0.8, traces=tuple(traces),
                         killed=(True, False, False) if killed else (False, False))


# Each public plot, called as a notebook calls it, with the names its description must mention.
PLOTS: dict[str, Callable[[dict[str, Any]], tuple[Figure, list[str]]]] = {
    "plot_memory": lambda r: (plots.plot_memory([r["killed"], r["pooled"], r["mine"]]),
                              ["thread-per-task", "worker-pool (4 workers)", "one_at_a_time", "96 MiB budget"]),
    "plot_threads": lambda r: (plots.plot_threads([r["killed"], r["pooled"]]),
                               ["thread-per-task", "worker-pool (4 workers)"]),
    "plot_progress": lambda r: (plots.plot_progress([r["killed"], r["pooled"]]),
                                ["thread-per-task", "worker-pool (4 workers)"]),
    "plot_overview": lambda r: (plots.plot_overview(r["here"]), ["thread-per-task", "Dots mark the readings"]),
    "plot_sweep": lambda r: (plots.plot_sweep(r["sweep"], workload=MessageWorkload(users=800)),
                             ["Little's ideal", "ceiling", "memory rule", "96 MiB budget"]),
    "plot_downstream": lambda r: (plots.plot_downstream([r["killed"], r["pooled"]], [_stats(60, 30), _stats(100, 0)],
                                                        ["one", "two"]), ["one:", "two:", "160 messages/s"]),
    "plot_goodput": lambda r: (plots.plot_goodput([r["killed"], r["pooled"]], [_stats(60, 30), _stats(100, 0)],
                                                  ["one", "two"]), ["one:", "two:", "160 messages/s"]),
    "plot_worker_memory": lambda r: (plots.plot_worker_memory([_cluster(r["pooled"], True),
                                                               _cluster(r["pooled"], False)]),
                                     # each run's sentence starts with its label, capitalised
                                     ["Every batch at once, ", "Window of 4, ", "worker 0, restart 1", "192 MiB",
                                      "its first process solid, a replacement dashed"]),
}


def test_every_public_plot_function_is_tried_here():
    public = {name for name in plots.__all__ if name.startswith("plot_")}
    assert public == set(PLOTS)


@pytest.mark.parametrize("name", PLOTS)
def test_every_figure_describes_what_it_draws_line_by_line(runs, name):
    fig, names = PLOTS[name](runs)
    assert isinstance(fig, Figure) and isinstance(fig, plots.DescribedFigure)
    title = fig.texts[0].get_text() if fig.texts else fig.axes[0].get_title()
    assert fig.description.startswith(title.split(" (")[0]), (title, fig.description)
    missing = [n for n in names if n not in fig.description]
    assert not missing, f"{missing} not in {fig.description!r}"
    assert fig.caption == f"Figure: {fig.description}"


def test_the_description_tells_the_kill_as_the_figure_marks_it(runs):
    killed = runs["killed"]
    fig = plots.plot_memory([killed, runs["pooled"]])
    kill = next(line for line in fig.axes[0].get_lines() if line.get_label().startswith("SIGKILL"))
    assert f"killed at {kill.get_xdata()[0]:.2f} s" in fig.description
    assert f"climbs to {killed.killed_rss_bytes / MIB:.0f} MiB" in fig.description
    assert f"completes all {runs['pooled'].tasks_total} batches" in fig.description


def test_readings_far_apart_are_dots_and_a_gap_between_them_is_named(runs):
    here = runs["here"]
    ax = plots.plot_memory(here).axes[0]
    dots = [line for line in ax.get_lines() if line.get_linestyle() == "None" and len(line.get_xdata())]
    assert len(dots) == 1 and list(dots[0].get_xdata()) == pytest.approx(here.trace.column("t_s"))
    # A gap of five readings in an otherwise even trace is named, where it is.
    samples = here.trace.samples
    gapped = dataclasses.replace(here, trace=Trace(samples[:3] + samples[8:], here.trace.label))
    gap = samples[8].t_s - samples[2].t_s
    assert f"gap between readings: {gap:.2f} s from {samples[2].t_s:.2f} s" in plots.plot_memory(gapped).description


def test_lab_runs_sampled_every_5_ms_are_drawn_as_lines_without_dots(runs):
    ax = plots.plot_memory(runs["pooled"]).axes[0]
    assert not [line for line in ax.get_lines() if line.get_linestyle() == "None" and len(line.get_xdata())]


def _lines(ax) -> list[Line2D]:
    return [line for line in ax.get_lines() if not line.get_label().startswith("_") and len(line.get_xdata()) > 1]


@pytest.mark.parametrize("name", PLOTS)
def test_every_pair_of_lines_differs_in_style_or_marker_and_in_colour(runs, name):
    fig, _ = PLOTS[name](runs)
    for ax in fig.axes:
        for a, b in itertools.combinations(_lines(ax), 2):
            same_worker = a.get_label().split(",")[0] == b.get_label().split(",")[0]  # a worker and its restart
            assert (a.get_linestyle(), a.get_marker()) != (b.get_linestyle(), b.get_marker()), (a, b)
            assert same_worker or to_hex(a.get_color()) != to_hex(b.get_color()), (a, b)


def test_every_colour_a_figure_uses_is_one_of_the_checked_palette(runs):
    palette = set(_palette()) | {"#ffffff"}
    for name in PLOTS:
        fig, _ = PLOTS[name](runs)
        for ax in fig.axes:
            colours = {to_hex(line.get_color()) for line in _lines(ax)}
            colours |= {_on_white(patch.get_facecolor()) for patch in ax.patches}  # bars, the start-up band
            assert colours <= palette, (name, colours - palette)


def test_thread_per_task_and_your_strategy_differ_in_colour_line_and_marker(runs):
    # C1: the exercises' closing figure, thread-per-task against a strategy of the student's own.
    ax = plots.plot_overview([runs["killed"], runs["mine"]]).axes[0]
    crash, mine = (line for line in _lines(ax) if line.get_label().startswith(("thread-per-task", "one_at_a_time")))
    assert to_hex(crash.get_color()) == _style.RUN_COLOURS[0]
    assert crash.get_color() != mine.get_color()
    assert crash.get_linestyle() != mine.get_linestyle() and crash.get_marker() != mine.get_marker()


def test_a_design_keeps_its_colour_from_figure_to_figure_and_an_incident_is_red(runs):
    # Read 36: chapter 5's semaphore run changed colour between two figures, and its incident, a design of
    # its own, was drawn in a blue.  The first run that did not complete is the red, where no thread-per-task is.
    semaphore = dataclasses.replace(runs["pooled"], strategy="semaphore_of_this_test")
    queue = dataclasses.replace(runs["pooled"], strategy="queue_workers_of_this_test")
    incident = dataclasses.replace(runs["killed"], strategy="gather_of_this_test")

    def colours(results):
        lines = _lines(plots.plot_memory(results).axes[0])
        return {r.strategy: next(to_hex(line.get_color()) for line in lines if line.get_label().startswith(r.strategy))
                for r in results}

    first = colours([incident, semaphore, queue])
    assert first["gather_of_this_test"] == _style.RUN_COLOURS[0]
    assert len(set(first.values())) == 3
    assert colours([queue, semaphore]) == {name: first[name] for name in ("queue_workers_of_this_test",
                                                                          "semaphore_of_this_test")}
    with_the_original = colours([runs["killed"], incident])  # thread-per-task is the red where it is drawn
    assert with_the_original["thread-per-task"] == _style.RUN_COLOURS[0] != with_the_original["gather_of_this_test"]


def test_a_run_drawn_after_another_is_thinner_above_it_and_its_markers_start_further_along(runs):
    # C5: two runs of one shape (a pool and its twin), as notebook 4's window run lay on the bounded queue's.
    pooled = runs["pooled"]
    twin = dataclasses.replace(pooled, submission="map")
    ax = plots.plot_memory([pooled, twin]).axes[0]
    first, second = (line for line in _lines(ax) if line.get_label().startswith("worker-pool"))
    assert second.get_linewidth() < first.get_linewidth() and second.get_zorder() > first.get_zorder()
    assert second.get_markevery()[0] > first.get_markevery()[0]


def test_the_sweep_draws_both_straight_lines_and_the_downstreams_ceiling(runs):
    workload = MessageWorkload(users=800)
    speed, memory = plots.plot_sweep(runs["sweep"], workload=workload).axes
    ceiling = next(line for line in speed.get_lines() if "ceiling" in line.get_label())
    assert list(ceiling.get_ydata()) == [workload.send_ceiling_per_s] * 2
    rule = next(line for line in memory.get_lines() if line.get_label().startswith("memory rule"))
    baseline, payload = rule.get_ydata()[0], workload.payload_bytes_per_task / MIB
    assert list(rule.get_ydata()) == pytest.approx([baseline, baseline + 4 * payload])
    assert baseline == pytest.approx(np.median([r.baseline_rss_mib for r in runs["sweep"]]))
    # The old call, with task_s alone, still draws Little's law.
    assert plots.plot_sweep(runs["sweep"], workload.task_s).axes[0].get_lines()[0].get_label().startswith("Little")
    with pytest.raises(TypeError, match="not both"):
        plots.plot_sweep(runs["sweep"], 0.3, workload=workload)
    with pytest.raises(TypeError, match="needs the workload"):
        plots.plot_sweep(runs["sweep"])


def test_the_sender_is_drawn_on_the_labs_clock_and_the_receivers_panels_begin_at_its_first_request(runs):
    killed = runs["killed"]
    fig = plots.plot_downstream([killed], [_stats(60, 30)])
    memory, delivered, rejected = fig.axes
    line = _lines(memory)[0]
    assert line.get_xdata()[0] == pytest.approx(killed.trace.samples[0].t_s - killed.started_at_s)
    assert [p for p in memory.patches if "starting up" in p.get_label()]
    assert memory.get_xlim()[0] < 0 == delivered.get_xlim()[0] == rejected.get_xlim()[0]
    assert memory.get_xlim()[1] == delivered.get_xlim()[1] == rejected.get_xlim()[1]
    assert "run started" in memory.get_xlabel() and "receiver's own clock" in delivered.get_xlabel()


def test_every_figure_keeps_a_title_axis_labels_with_units_and_a_legend(runs):
    for name in PLOTS:
        fig, _ = PLOTS[name](runs)
        for ax in fig.axes:
            assert "(" in ax.get_ylabel() or ax.get_shared_y_axes().get_siblings(ax) != [ax], (name, ax)
            assert ax.get_xlabel() or ax.get_shared_x_axes().get_siblings(ax) != [ax], (name, ax)
            assert ax.get_legend() is not None, (name, ax.get_title())
        assert fig.texts or all(ax.get_title() for ax in fig.axes), name


# Showing a figure: a real IPython shell, then a real kernel --------------------------------------------------------

_SHELL = textwrap.dedent("""
    import json, sys
    import matplotlib
    matplotlib.use("Agg")
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.core.pylabtools import select_figure_formats
    from IPython.utils.capture import capture_output
    from pool_lab.plots import DescribedFigure

    shell = InteractiveShell.instance()
    fig = DescribedFigure(figsize=(3, 2))
    fig.add_subplot().plot([0, 1], [1, 2], label="a line")
    fig.description = "A line from 1 to 2."
    shell.user_ns["fig"] = fig
    seen = {}
    for formats in sys.argv[1:]:
        if formats != "none":  # what %matplotlib inline and %config InlineBackend.figure_formats call
            select_figure_formats(shell, set(formats.split(",")))
        with capture_output() as cell:
            shell.run_cell("fig")  # a cell whose last line is the figure
        seen[formats] = {"outputs": [{"data": sorted(o.data), "metadata": o.metadata} for o in cell.outputs],
                         "stdout": cell.stdout}
    print(json.dumps(seen))
""")


def test_a_cell_ending_with_a_figure_shows_it_with_alt_text_and_prints_its_description():
    out = subprocess.run([sys.executable, "-c", _SHELL, "none", "png", "retina", "svg"], capture_output=True,
                         text=True, timeout=60, check=True)
    seen = json.loads(out.stdout.splitlines()[-1])
    for formats, shown in seen.items():
        # One output only: the figure did not also come back as the cell's result.
        assert len(shown["outputs"]) == 1, (formats, shown)
        output = shown["outputs"][0]
        image = "image/svg+xml" if formats == "svg" else "image/png"
        assert image in output["data"], (formats, output)
        assert output["metadata"][image]["alt"] == "A line from 1 to 2.", (formats, output)
        # Printed once, after the image (a terminal shell's displayhook writes its "Out[n]: " first).
        assert shown["stdout"].endswith("Figure: A line from 1 to 2.\n"), (formats, shown)
        assert shown["stdout"].count("Figure:") == 1, (formats, shown)
    # Retina keeps the size the inline backend gives its double-resolution image.
    assert {"width", "height", "alt"} <= set(seen["retina"]["outputs"][0]["metadata"]["image/png"])


_CELLS = [
    "%matplotlib inline\n"
    "from pool_lab import Experiment, LiveMemoryPlot, MessageWorkload, plot_memory, plot_overview\n"
    "run = Experiment('worker-pool', max_workers=2, workload=MessageWorkload(users=300)).run_here()",
    "plot_memory(run, title='Memory of a small pool')",
    "print('before')\ndisplay(plot_overview(run, title='A small pool'))\nprint('after')",
    "live = LiveMemoryPlot()\nlive(run.trace)\nlive.finish(run, title='Memory, live then final')",
]


@pytest.mark.library_threads("MainThread - runner", reason="jupyter_core's run_sync keeps an event-loop thread")
def test_a_notebook_shows_each_figure_with_alt_text_and_its_description_under_it(tmp_path, no_leftovers):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in _CELLS])
    km = KernelManager(kernel_name="python3", kernel_spec_manager=_ThisPython())
    try:
        NotebookClient(nb, km=km, timeout=60, resources={"metadata": {"path": str(tmp_path)}}).execute(cleanup_kc=True)
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    for cell, title in zip(nb.cells[1:], ["Memory of a small pool", "A small pool", "Memory, live then final"],
                           strict=True):
        images = [o for o in cell.outputs if "image/png" in o.get("data", {})]
        assert len(images) == 1, cell.outputs
        alt = images[0].metadata["image/png"]["alt"]
        assert alt.startswith(f"{title}.") and "worker-pool (2 workers)" in alt
        after = cell.outputs[cell.outputs.index(images[0]) + 1:]
        assert after and after[0].output_type == "stream", after
        assert " ".join(after[0].text.split()).startswith(f"Figure: {alt}"), after[0].text  # wrapped between words
        assert max(len(line) for line in after[0].text.splitlines()) <= 100
        assert base64.b64decode(images[0].data["image/png"]).startswith(b"\x89PNG")
    # A static render: nbconvert's classic template puts the description on the <img>; its lab
    # template (the default) does not read alt text, but the printed description is in the page.
    classic, _ = HTMLExporter(template_name="classic").from_notebook_node(nb)
    lab, _ = HTMLExporter().from_notebook_node(nb)
    alt = nb.cells[1].outputs[0].metadata["image/png"]["alt"]
    assert f'alt="{alt}"' in classic.replace("&#39;", "'")
    assert f"Figure: {alt}" in " ".join(lab.replace("&#39;", "'").split())
