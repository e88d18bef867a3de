"""Exercise 3, ``workers_for``: Little's law."""

from __future__ import annotations

import math

import pytest

from pool_lab import check_workers_for

pytestmark = pytest.mark.timeout(60)


def test_workers_for_reference_passes_and_measures_three_pools(capsys, reference):
    report = check_workers_for(reference())
    assert "Exercise 3 (workers_for) passed" in capsys.readouterr().out
    assert [name for name, _ in report.figures] == ["2 workers", "3 workers", "4 workers"]


@pytest.mark.parametrize("answer, match", [
    (lambda rate, latency: math.floor(rate * latency), r"workers_for\(10, 0\.25\) returned 2; .* round up"),
    (lambda rate, latency: round(rate * latency), r"workers_for\(10, 0\.25\) returned 2;"),
    (lambda rate, latency: int(rate * latency) + 1, r"workers_for\(100, 0\.25\) returned 26; .* 25 workers"),
    (lambda rate, latency: rate * latency, r"returned 25\.0 \(float\); a number of workers is a whole number"),
    (lambda rate, latency: math.ceil(rate / latency), r"workers_for\(100, 0\.25\) returned 400;"),
], ids=["floor", "round", "one-too-many", "float", "divides"])
def test_workers_for_rejects_wrong_sizing(answer, match, fails_fast):
    fails_fast(check_workers_for, answer, match)


def workers_by_counting_up(tasks_per_s, latency_s):
    workers = 1
    while workers / latency_s < tasks_per_s:  # each worker finishes 1/latency tasks a second
        workers += 1
    return workers


@pytest.mark.parametrize("answer", [workers_by_counting_up, lambda rate, latency: int(-(-rate * latency // 1))],
                         ids=["counting-up", "floor-division"])
def test_workers_for_accepts_other_right_answers(answer, capsys):
    assert check_workers_for(answer).passed
