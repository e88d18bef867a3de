# Written from the student copy alone, without seeing the check or the solution.
# WRONG (float noise at the edge): the memory bound is floor((budget - base) / task) on
# raw floats. For a pool that fills the budget exactly, (64.3 - 64) / 0.1 is
# 2.9999999999999716, floor gives 2, and a pool of 3 that fits is refused.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    at_least = math.ceil(round(tasks_per_s * latency_s, 9))
    at_most = math.floor((budget_mib - base_mib) / task_mib)
    if at_least > at_most:
        raise ValueError(f"throughput needs {at_least} workers, memory allows only {at_most}")
    return at_least


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) raised ValueError: throughput needs [\d,.]+ workers,"
