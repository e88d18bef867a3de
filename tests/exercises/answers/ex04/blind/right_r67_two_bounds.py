# Written from the student copy alone, without seeing the check or the solution.
# Approach: lower bound ceil(rate x latency), upper bound floor((budget - base) / payload), both noise-rounded; raise if they cross.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed
