# Written from the student copy alone, without seeing the check or the solution.
# WRONG: never rounds the floating-point noise away: ceil(100 * 0.07) is 8 workers and floor((64.3 - 64) / 0.1) is 2.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(tasks_per_s * latency_s)
    fits = max(0, math.floor((budget_mib - base_mib) / task_mib))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) returned [\d,.]+"
