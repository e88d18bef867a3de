"""The command line, run as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.timeout(120)

SMALL = ["--users", "3000", "--budget-mib", "96"]


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pool_lab", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=110)


def test_demo_json_prints_exactly_one_object(tmp_path):
    out = tmp_path / "demo.png"
    proc = _run("demo", "--json", *SMALL, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)  # fails on anything else in stdout
    assert report["budget_mib"] == 96.0
    runs = {r["strategy"]: r for r in report["runs"]}
    assert set(runs) == {"thread-per-task", "worker-pool"}
    assert runs["thread-per-task"]["outcome"] == "oom-killed"
    assert runs["thread-per-task"]["max_workers"] is None
    pool = runs["worker-pool"]
    assert (pool["outcome"], pool["tasks_done"], pool["tasks_total"], pool["max_workers"]) == ("completed", 30, 30, 8)
    assert set(pool) == {"strategy", "outcome", "tasks_done", "tasks_total", "peak_rss_mib", "elapsed_s",
                         "tasks_per_s", "max_workers"}
    assert isinstance(pool["peak_rss_mib"], float) and isinstance(pool["elapsed_s"], float)
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "worker-pool" in proc.stderr  # progress went to stderr


def test_demo_prints_a_table(tmp_path):
    proc = _run("demo", *SMALL, "--out", str(tmp_path / "demo.png"))
    assert proc.returncode == 0, proc.stderr
    assert "strategy" in proc.stdout and "peak RSS" in proc.stdout
    assert "oom-killed" in proc.stdout and "completed" in proc.stdout


def test_sweep_json(tmp_path):
    proc = _run("sweep", "--json", "--workers", "1,2", "--tasks-per-worker", "2", "--budget-mib", "96",
                "--out", str(tmp_path / "sweep.png"))
    assert proc.returncode == 0, proc.stderr
    runs = json.loads(proc.stdout)["runs"]
    assert [(r["max_workers"], r["tasks_total"], r["outcome"]) for r in runs] == [(1, 2, "completed"),
                                                                                   (2, 4, "completed")]
    assert (tmp_path / "sweep.png").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["demo", "--users", "0"], "expected a number greater than 0, got 0"),
        (["demo", "--users", "many"], "expected a whole number, got 'many'"),
        (["demo", "--send-ms", "-1"], "expected a number >= 0"),
        (["demo", "--budget-mib", "100000000"], "more than half of the"),
        (["sweep", "--workers", "1,x"], "expected a whole number, got 'x'"),
        (["teach"], "invalid choice"),
    ],
)
def test_bad_input_is_a_usage_error_with_a_reason(args, message):
    proc = _run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stdout == ""
