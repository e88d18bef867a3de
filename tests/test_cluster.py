"""Dask helpers against a real LocalCluster: the unbounded run is killed, the window is not, nothing is left."""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import subprocess
import sys

import matplotlib
import psutil
import pytest

matplotlib.use("Agg")

from pool_lab import MessageWorkload, local_cluster, plot_worker_memory, run_on_cluster, send_on_cluster  # noqa: E402

pytest.importorskip("distributed")

pytestmark = [pytest.mark.timeout(90), pytest.mark.usefixtures("no_leftovers")]

# 100 batches of 4 MiB: 400 MiB if all kept, against two workers killed at 80% of 192 MiB.
WORKLOAD = MessageWorkload(users=6_400, batch_size=64, lookup_latency_s=0.01, send_latency_s=0.05)


@pytest.fixture(scope="module")
def runs():
    return run_on_cluster(WORKLOAD), run_on_cluster(WORKLOAD, window=8)


def test_unbounded_submission_gets_workers_killed_at_their_limit(runs):
    unbounded, _ = runs
    assert unbounded.outcome == "workers-killed" and unbounded.restarts >= 1
    assert unbounded.sends_done < unbounded.tasks_total
    limit = unbounded.memory_limit_bytes
    assert unbounded.peak_worker_rss_mib * 2**20 > 0.7 * limit  # it climbed toward the kill
    assert all(t.peak_rss_bytes < limit for t in unbounded.traces)  # and the nanny acted before the limit
    # Every process that was replaced was killed, and a kill too late for its replacement counts too.
    slots = [t.label.split(",")[0] for t in unbounded.traces]
    replaced = [slot in slots[i + 1:] for i, slot in enumerate(slots)]
    assert len(unbounded.killed) == len(unbounded.traces)
    assert all(killed for killed, gone in zip(unbounded.killed, replaced, strict=True) if gone)
    assert sum(unbounded.killed) >= unbounded.restarts


def test_a_window_of_futures_sends_every_batch_in_bounded_memory(runs):
    unbounded, windowed = runs
    assert (windowed.outcome, windowed.restarts, windowed.sends_done) == ("completed", 0, WORKLOAD.tasks)
    assert windowed.killed == (False,) * len(windowed.traces)
    assert windowed.peak_worker_rss_mib * 2**20 < windowed.terminate_fraction * windowed.memory_limit_bytes
    assert windowed.peak_worker_rss_mib < unbounded.peak_worker_rss_mib


def test_worker_memory_plot_has_a_panel_per_run_with_units_and_legends(runs):
    fig = plot_worker_memory(list(runs))
    assert len(fig.axes) == 2 and fig._suptitle is not None
    assert "(MiB)" in fig.axes[0].get_ylabel()
    for ax in fig.axes:
        assert "(s)" in ax.get_xlabel() and ax.get_legend() is not None and ax.get_title()
    killed_marks = [line for line in fig.axes[0].lines if line.get_marker() == "X"]
    assert len(killed_marks) == sum(runs[0].killed) >= runs[0].restarts


def test_local_cluster_is_closed_when_the_block_raises():
    with pytest.raises(RuntimeError, match="a failing cell"):
        with local_cluster(workers=2, memory_limit_mib=128) as client:
            pids = list(client.run(os.getpid).values())
            assert len(pids) == 2
            raise RuntimeError("a failing cell")
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in pids)


def test_workers_restarted_by_the_nanny_stay_quiet_about_their_restart_and_nothing_else():
    # Defined in the test, so it travels by value: a function of this module
    # would make the worker import the module, with pytest and matplotlib,
    # which on Python 3.13 passes the nanny's 80% of 128 MiB and restarts it.
    def _what_a_worker_would_log() -> tuple[bool, bool, bool, bool]:
        import logging

        def logs(name: str, level: int, message: str) -> bool:
            logger = logging.getLogger(name)
            record = logging.LogRecord(name, level, "", 0, message, (), None)
            return logger.isEnabledFor(level) and bool(logger.filter(record))

        return (logs("distributed.worker.state_machine", logging.WARNING, "Async instruction for <Task cancelled>"),
                logs("distributed.worker", logging.ERROR, "Failed to communicate with scheduler during heartbeat."),
                logs("distributed.core", logging.INFO, "Event loop was unresponsive in Worker for 3.52s."),
                logs("distributed.worker", logging.ERROR, "Compute Failed"))

    # The first two would print Dask's internals, with paths into site-packages;
    # the third, on a busy laptop, a note about its event loop (here too: the scheduler's).
    quiet = (False, False, False, True)
    with local_cluster(workers=1, memory_limit_mib=128) as client:
        assert set(client.run(_what_a_worker_would_log).values()) == {quiet}
        assert _what_a_worker_would_log()[2:] == quiet[2:]
        client.restart()  # new worker processes, as after a kill
        assert set(client.run(_what_a_worker_would_log).values()) == {quiet}
    assert _what_a_worker_would_log()[2] is True  # this process's logging, as it was


def test_a_second_cluster_on_the_machine_does_not_make_local_cluster_warn(recwarn):
    # Another notebook's cluster holds Dask's default HTTP port, 8787; hold it here if nobody does.
    with socket.socket() as held:
        with contextlib.suppress(OSError):
            held.bind(("127.0.0.1", 8787))
            held.listen()
        with local_cluster(workers=1, memory_limit_mib=128) as client:
            assert client.submit(sum, [1, 2]).result() == 3
    assert not [w for w in recwarn if "already in use" in str(w.message)]


def test_pool_lab_imports_without_dask_and_names_the_install_line():
    code = (
        "import sys; sys.modules['dask'] = sys.modules['distributed'] = None\n"
        "import pool_lab, pool_lab.cluster, pool_lab.plots\n"
        "try:\n"
        "    pool_lab.run_on_cluster(pool_lab.MessageWorkload(users=100))\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert "pip install 'dask[distributed]'" in out.stdout


def window_of_4(submit, batches):
    """A student's window of futures, as notebook 6 writes it."""
    from distributed import as_completed

    batches = iter(batches)
    in_flight = dict(submit(batch) for batch in itertools.islice(batches, 4))
    finished = as_completed(list(in_flight))
    for send in finished:
        del in_flight[send]
        for batch in itertools.islice(batches, 1):
            new_send, rendered = submit(batch)
            in_flight[new_send] = rendered
            finished.add(new_send)


def every_other_batch(submit, batches):
    from distributed import wait

    wait([submit(batch)[0] for i, batch in enumerate(batches) if i % 2 == 0])


def cancel_the_last_send(submit, batches):
    from distributed import wait

    sends = [submit(batch)[0] for batch in batches]
    # Queued behind the others, so not yet run: cancelled, as every send in
    # flight is for a client that lost its scheduler.
    sends[-1].cancel()
    wait(sends)


@pytest.mark.library_threads("Dask-Offload", reason="distributed's global offload executor")
def test_the_window_of_futures_raises_the_error_of_a_send_that_failed():
    from pool_lab.cluster import window_of_futures

    def send(batch):
        if batch.start == 3:
            raise ConnectionError(f"the send of batch {batch.start} failed")
        return len(batch)

    with local_cluster(workers=1, memory_limit_mib=128) as client:
        def submit(batch):
            return client.submit(send, batch, pure=False), client.submit(list, batch, pure=False)

        window_of_futures(submit, (range(i, i + 1) for i in range(3)), window=2)  # every send succeeds: returns
        with pytest.raises(ConnectionError, match="the send of batch 3 failed"):
            window_of_futures(submit, (range(i, i + 1) for i in range(6)), window=2)


@pytest.mark.library_threads("Dask-Offload", reason="distributed's global offload executor")
def test_a_students_cluster_strategy_runs_and_one_that_skips_batches_is_told():
    small = MessageWorkload(users=400, batch_size=20, message_bytes=1024, lookup_latency_s=0.01, send_latency_s=0.01)
    with local_cluster(workers=1, memory_limit_mib=128) as client:
        assert send_on_cluster(client, small, strategy=window_of_4) == (20, None)
        sent, error = send_on_cluster(client, small, strategy=every_other_batch)
        assert sent == 10 and error == "ran 10 of 20 sends: a strategy must submit every batch and wait for its send"
        sent, error = send_on_cluster(client, small, strategy=cancel_the_last_send)
        assert sent < 20 and error.startswith("a send was cancelled before it finished")  # and the run stopped there
        sent, error = send_on_cluster(client, small, strategy=lambda submit, batches: 1 / 0)
        assert sent == 0 and "ZeroDivisionError" in error
        with pytest.raises(ValueError, match="a window or a strategy, not both"):
            send_on_cluster(client, small, window=4, strategy=window_of_4)
