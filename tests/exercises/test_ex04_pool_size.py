"""Exercise 4, ``pool_size``: sizing by throughput and memory."""

from __future__ import annotations

import math

import pytest

from pool_lab import check_pool_size

pytestmark = pytest.mark.timeout(60)


def test_pool_size_reference_passes(capsys, reference):
    report = check_pool_size(reference())
    assert "Exercise 4 (pool_size) passed" in capsys.readouterr().out and report.passed


def size_by_counting_up(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = 1
    while workers / latency_s < tasks_per_s:
        workers += 1
    if base_mib + workers * task_mib > budget_mib:
        raise ValueError("the budget is too small for the target")
    return workers


def size_checking_memory_first(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    most = int((budget_mib - base_mib) / task_mib)
    least = math.ceil(tasks_per_s * latency_s)
    if least <= most:
        return least
    raise ValueError(f"need {least} workers, room for {most}")


@pytest.mark.parametrize("answer", [size_by_counting_up, size_checking_memory_first])
def test_pool_size_accepts_other_right_answers(answer):
    assert check_pool_size(answer).passed


@pytest.mark.parametrize("answer, match", [
    (lambda rate, latency, task, budget, base: math.ceil(rate * latency),
     r"pool_size\(26, 0\.5, 16, 256, 64\) returned 13; .* over the 256 MiB budget"),
    (lambda rate, latency, task, budget, base: (budget - base) // task,
     r"pool_size\(20, 0\.25, 8, 256, 64\) returned 24; 5 workers already reach"),
    (lambda rate, latency, task, budget, base: math.ceil(rate * latency) if math.ceil(rate * latency) * task <= budget
     else size_by_counting_up(rate, latency, task, budget, base),
     r"pool_size\(26, 0\.5, 16, 256, 64\) returned 13; .* count the process's base memory"),
    (lambda rate, latency, task, budget, base: size_by_counting_up(rate, latency, task, budget - 1, base),
     r"pool_size\(24, 0\.5, 16, 256, 64\) raised ValueError"),
    (lambda rate, latency, task, budget, base: math.floor(rate * latency) if base + math.floor(rate * latency) * task
     <= budget else None, r"pool_size\(10, 0\.25, 4, 100, 40\) returned 2; .* round it up"),
], ids=["throughput-only", "memory-only", "forgets-the-base", "refuses-an-exact-fit", "rounds-down"])
def test_pool_size_rejects_wrong_sizing(answer, match, fails_fast):
    fails_fast(check_pool_size, answer, match)
