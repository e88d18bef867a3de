"""Figures: titles, units and legends, never shown.

The results are built by hand, from real Trace and Sample objects shaped as
the lab's are (a start-up before the run, a climb to the kill, a flat
pool), so these tests need no child process; one smoke test draws a real lab
run, so the plots keep up with what the lab really returns.
"""

from __future__ import annotations

from typing import Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

import pool_lab
from pool_lab import Experiment, MessageWorkload, RunResult, Sample, Trace, run_lab
from pool_lab.plots import plot_memory, plot_overview, plot_progress, plot_sweep, plot_threads

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("no_leftovers")]

MIB = 1024 * 1024
BUDGET = 96 * MIB


def _trace(label: str, rss_mib: Sequence[float], threads: Sequence[int], done: Sequence[int],
           every_s: float = 0.05) -> Trace:
    return Trace(tuple(Sample(round(i * every_s, 3), int(mib * MIB), n, 50.0, d)
                       for i, (mib, n, d) in enumerate(zip(rss_mib, threads, done, strict=True))), label)


def _killed() -> RunResult:
    """Thread-per-task under a 96 MiB budget: starts up, climbs a thread per batch, killed before a task is done."""
    rss = [6, 12, 18, 19, 19, 30, 45, 60, 75, 90, 101]
    threads = [1, 1, 2, 3, 3, 10, 16, 22, 28, 34, 40]
    trace = _trace("thread-per-task", rss, threads, [0] * len(rss))
    last = trace.samples[-1]
    return RunResult("thread-per-task", None, "oom-killed", 0, 60, 0.25, trace, budget_bytes=BUDGET,
                     killed_at_s=last.t_s, killed_rss_bytes=last.rss_bytes, killed_by="watchdog", backstop="rlimit",
                     started_at_s=0.2)


def _pooled() -> RunResult:
    """A pool of 4 workers: starts up, then stays flat while it finishes its 8 tasks."""
    rss = [6, 12, 18, 19, 30, 43, 44, 44, 43, 44, 31, 19]
    done = [0, 0, 0, 0, 0, 1, 2, 4, 5, 6, 8, 8]
    trace = _trace("worker-pool", rss, [1, 1, 2, 3, 7, 7, 7, 7, 7, 7, 7, 3], done)
    return RunResult("worker-pool", 4, "completed", 8, 8, 0.4, trace, budget_bytes=BUDGET, backstop="rlimit",
                     started_at_s=0.15)


@pytest.fixture
def runs() -> tuple[RunResult, RunResult]:
    return _killed(), _pooled()


def _check_axes(fig: Figure) -> None:
    for ax in fig.axes:
        assert ax.get_xlabel() or ax.get_shared_x_axes().get_siblings(ax) != [ax]
        assert "(" in ax.get_ylabel(), f"no unit in {ax.get_ylabel()!r}"
        assert ax.get_legend() is not None
    assert any(ax.get_title() for ax in fig.axes) or any(text.get_text() for text in fig.texts)


@pytest.mark.parametrize("plot", [plot_memory, plot_threads, plot_progress, plot_overview])
def test_time_plots_have_titles_units_and_legends(runs, plot):
    before = plt.get_fignums()
    fig = plot(list(runs))
    assert isinstance(fig, Figure)
    _check_axes(fig)
    assert plt.get_fignums() == before  # built without pyplot: nothing to show twice


def test_the_memory_plot_marks_the_budget_and_the_kill(runs):
    fig = plot_memory(list(runs))
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "memory budget (96 MiB)" in labels
    assert any(label.startswith("SIGKILL") and "after the run started" in label for label in labels)
    assert "thread-per-task: oom-killed" in labels and "worker-pool (4 workers): completed" in labels


def test_the_memory_plot_counts_the_tasks_in_the_unit_it_is_given(runs):
    killed, pooled = runs
    assert f"completes all {pooled.tasks_total} batches in" in plot_memory(pooled).description
    many = pooled.__class__(**{**pooled.__dict__, "tasks_total": 50_000, "tasks_done": 50_000})
    described = plot_memory([killed, many], unit="item").description
    assert "completes all 50,000 items in" in described and "batch" not in described


def test_the_sweep_plot_draws_littles_law(runs):
    _, pooled = runs
    fig = plot_sweep([pooled, pooled.__class__(**{**pooled.__dict__, "max_workers": 8})], task_s=0.3)
    _check_axes(fig)
    throughput = fig.axes[0]
    ideal = throughput.get_lines()[0]
    assert list(ideal.get_ydata()) == pytest.approx([4 / 0.3, 8 / 0.3])


def test_lab_runs_are_drawn_from_their_start_with_the_start_up_shaded(runs):
    killed, _ = runs
    ax = plot_memory(killed).axes[0]
    line = next(line for line in ax.get_lines() if line.get_label().startswith("thread-per-task"))
    assert line.get_xdata()[0] == pytest.approx(killed.trace.samples[0].t_s - killed.started_at_s)
    assert line.get_xdata()[0] < 0  # the start-up, before the run
    kill = next(line for line in ax.get_lines() if line.get_label().startswith("SIGKILL"))
    assert kill.get_xdata()[0] == pytest.approx(killed.killed_after_start_s)
    shaded = [patch for patch in ax.patches if "starting up" in patch.get_label()]
    assert len(shaded) == 1
    assert "run started" in ax.get_xlabel()


def test_a_completed_runs_progress_ends_at_its_final_count_when_its_last_tasks_ended_after_the_last_reading():
    # The readings stop at 6 of 8 (the child exited before the sampler read again); the run returned at 0.5 s.
    rss, done = [6, 12, 30, 44, 44, 44], [0, 0, 1, 3, 5, 6]
    short = RunResult("worker-pool", 4, "completed", 8, 8, 0.5, _trace("worker-pool", rss, [1, 3, 7, 7, 7, 7], done),
                      budget_bytes=BUDGET, started_at_s=0.1)
    for fig in (plot_progress(short), plot_overview(short)):
        line = next(line for line in fig.axes[-1].get_lines() if line.get_label().startswith("worker-pool"))
        assert (line.get_xdata()[-1], line.get_ydata()[-1]) == (pytest.approx(0.5), 8)
        assert len(line.get_xdata()) == len(done) + 1
    killed = _killed()  # a run that did not complete ends at its last reading
    line = next(line for line in plot_progress(killed).axes[0].get_lines() if line.get_label() == killed.label)
    assert len(line.get_xdata()) == len(killed.trace.samples)


def test_count_axes_have_whole_ticks_even_when_nothing_was_done(runs):
    killed, _ = runs
    done = plot_overview(killed).axes[2]
    ticks = [t for t in done.get_yticks() if done.get_ylim()[0] <= t <= done.get_ylim()[1]]
    assert ticks and all(float(t).is_integer() for t in ticks)


def test_two_runs_of_one_strategy_differ_in_colour_and_line(runs):
    _, pooled = runs
    again = pooled.__class__(**{**pooled.__dict__, "submission": "map"})
    first, second = (line for line in plot_memory([pooled, again]).axes[0].get_lines()
                     if line.get_label().startswith("worker-pool"))
    assert first.get_color() != second.get_color()
    # matplotlib names every dash pattern '--': the marker tells two patterns apart where the name cannot
    assert (first.get_linestyle(), first.get_marker()) != (second.get_linestyle(), second.get_marker())


def test_a_strategy_of_your_own_never_takes_a_built_in_strategys_colour(runs):
    killed, pooled = runs
    mine = pooled.__class__(**{**pooled.__dict__, "strategy": "render_then_submit"})
    names = ("thread-per-task", "worker-pool", "render_then_submit")
    colours = {name: line.get_color() for line in plot_memory([killed, pooled, mine]).axes[0].get_lines()
               for name in names if line.get_label().startswith(name)}
    assert len(colours) == len(set(colours.values())) == 3, colours


def test_two_strategies_of_your_own_differ_in_colour_and_line(runs):
    _, pooled = runs
    semaphore, queue = (pooled.__class__(**{**pooled.__dict__, "strategy": name}) for name in ("semaphore", "queue"))
    first, second = (line for line in plot_memory([semaphore, queue]).axes[0].get_lines()
                     if line.get_label().startswith(("semaphore", "queue")))
    assert first.get_color() != second.get_color()
    # matplotlib names every dash pattern '--': the marker tells two patterns apart where the name cannot
    assert (first.get_linestyle(), first.get_marker()) != (second.get_linestyle(), second.get_marker())


def test_the_sweep_plot_has_linear_axes_so_littles_law_is_straight(runs):
    _, pooled = runs
    fig = plot_sweep([pooled, pooled.__class__(**{**pooled.__dict__, "max_workers": 8})], task_s=0.3)
    assert [ax.get_xscale() for ax in fig.axes] == ["linear", "linear"]


def test_a_sweep_plot_needs_pool_sizes(runs):
    killed, _ = runs
    with pytest.raises(ValueError, match="needs max_workers"):
        plot_sweep([killed], task_s=0.3)


def test_nothing_to_plot_is_an_error():
    with pytest.raises(ValueError, match="at least one RunResult"):
        plot_memory([])
    with pytest.raises(TypeError, match="expected RunResult objects, got str"):
        plot_memory(["a run"])


def test_plots_are_reachable_from_the_package_without_importing_matplotlib_early():
    assert pool_lab.plot_memory is plot_memory
    assert "plot_sweep" in dir(pool_lab)


def _receiver_stats(messages: int) -> pool_lab.ReceiverStats:
    timeline = tuple((t / 10, 4, 2, messages * t // 10, 3 * t) for t in range(11))
    return pool_lab.ReceiverStats(capacity=8, queue_size=8, service_time_s=0.05, requests=messages + 30,
                                  delivered=messages, messages=messages, rejected=30, active_s=1.0,
                                  timeline=timeline)


def test_downstream_plots_show_both_ends_with_units(runs):
    from pool_lab.plots import plot_downstream, plot_goodput

    stats = [_receiver_stats(60), _receiver_stats(100)]
    fig = plot_downstream(list(runs), stats, ["one", "two"])
    _check_axes(fig)
    assert "160 messages/s" in fig.axes[1].get_legend().get_texts()[-1].get_text()
    bars = plot_goodput(list(runs), stats, ["one", "two"])
    assert all("(" in ax.get_ylabel() and ax.get_title() for ax in bars.axes)
    assert "60 delivered, 0 duplicates" in bars.axes[0].get_xticklabels()[0].get_text()
    with pytest.raises(ValueError, match="one ReceiverStats per result"):
        plot_downstream(list(runs), stats[:1])


def test_a_run_is_said_to_stay_near_a_level_only_when_most_of_its_readings_do():
    def described(label: str, rss_mib: list[float]) -> str:
        trace = _trace(label, rss_mib, [13] * len(rss_mib), list(range(len(rss_mib))))
        run = RunResult(label, None, "completed", 10, 10, 0.5, trace)
        return plot_memory(run).description

    # A pool: a start and an end at its baseline, and its payloads held in between.
    assert "stays near 70 MiB" in described("worker-pool", [19, 70, 71, 70, 69, 70, 70, 71, 70, 70, 20])
    # Notebook 1's run in the kernel: a climb from the kernel's memory, then a step down at each send.
    # Its peak is within 15% of its median, yet only a third of its readings are near that.
    steps = described("thread-per-task", [97, 221, 221, 216, 216, 197, 197, 155, 155, 125, 107])
    assert "reaches 221 MiB at its highest" in steps and "stays near" not in steps and "swings" not in steps
    # A bounded run whose rounds take and free their payloads together: a saw between two levels.
    saw = described("bounded", [19, 70, 46, 74, 50, 70, 46, 70, 52, 74, 46, 70, 50, 70, 30])
    assert "swings between about 46 and 74 MiB from 0.05 s" in saw, saw
    # A climb to the very end is no band.
    climb = described("thread-per-task", [19, 30, 41, 52, 63, 74, 85, 96, 107, 118, 129, 140, 151, 162, 173])
    assert "reaches 173 MiB at its highest" in climb and "swings" not in climb, climb


def test_a_real_lab_run_is_drawn_with_its_kill_and_its_start_up():
    # The smoke test: what run_lab really returns, drawn.
    killed = run_lab(Experiment("thread-per-task", workload=MessageWorkload(users=6_000)), budget_mib=96)
    fig = plot_overview(killed)
    _check_axes(fig)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "thread-per-task: oom-killed" in labels
    assert any(label.startswith("SIGKILL") for label in labels)



def test_a_live_plots_final_figure_draws_the_budget_the_run_had(monkeypatch, capsys):
    import dataclasses

    run = Experiment("worker-pool", max_workers=2, workload=MessageWorkload(users=300)).run_here()
    run = dataclasses.replace(run, budget_bytes=128 * 2**20)  # as run_lab(experiment, 128) records it
    live = pool_lab.LiveMemoryPlot(budget_mib=256)  # the number a reader forgot to lower
    shown: list = []
    monkeypatch.setattr(live, "_show", shown.append)
    live.finish(run)
    # About the budget only: the run's own memory may read any number, 256 MiB too (it did, once, on 3.10).
    assert "the 128 MiB budget" in shown[0].description and "the 256 MiB budget" not in shown[0].description
    assert "the 128 MiB budget" in " ".join(capsys.readouterr().out.split())  # printed under it, wrapped
