"""Figures: titles, units and legends, built from real runs, never shown."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

import pool_lab
from pool_lab import Experiment, MessageWorkload, run_lab
from pool_lab.plots import plot_memory, plot_overview, plot_progress, plot_sweep, plot_threads

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("no_leftovers")]


@pytest.fixture(scope="module")
def runs():
    killed = run_lab(Experiment("thread-per-task", workload=MessageWorkload(users=6_000)), budget_mib=96)
    pooled = run_lab(Experiment("worker-pool", max_workers=4, workload=MessageWorkload(users=800)), budget_mib=96)
    return killed, pooled


def _check_axes(fig: Figure) -> None:
    for ax in fig.axes:
        assert ax.get_xlabel() or ax.get_shared_x_axes().get_siblings(ax) != [ax]
        assert "(" in ax.get_ylabel(), f"no unit in {ax.get_ylabel()!r}"
        assert ax.get_legend() is not None
    assert any(ax.get_title() for ax in fig.axes) or fig._suptitle is not None


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
    assert any(label.startswith("SIGKILL") and "after the first task" in label for label in labels)
    assert "thread-per-task: oom-killed" in labels and "worker-pool (4 workers): completed" in labels


def test_the_sweep_plot_draws_littles_law(runs):
    _, pooled = runs
    fig = plot_sweep([pooled, pooled.__class__(**{**pooled.__dict__, "max_workers": 8})], task_s=0.3)
    _check_axes(fig)
    throughput = fig.axes[0]
    ideal = throughput.get_lines()[0]
    assert list(ideal.get_ydata()) == pytest.approx([4 / 0.3, 8 / 0.3])


def test_lab_runs_are_drawn_from_their_first_task_with_the_start_up_shaded(runs):
    killed, _ = runs
    ax = plot_memory(killed).axes[0]
    line = next(line for line in ax.get_lines() if line.get_label().startswith("thread-per-task"))
    assert line.get_xdata()[0] == pytest.approx(killed.trace.samples[0].t_s - killed.started_at_s)
    assert line.get_xdata()[0] < 0  # the start-up, before the first task
    kill = next(line for line in ax.get_lines() if line.get_label().startswith("SIGKILL"))
    assert kill.get_xdata()[0] == pytest.approx(killed.killed_after_start_s)
    shaded = [patch for patch in ax.patches if "starting up" in patch.get_label()]
    assert len(shaded) == 1
    assert "first task" in ax.get_xlabel()


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
    assert first.get_linestyle() != second.get_linestyle()


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
    assert first.get_linestyle() != second.get_linestyle()


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
