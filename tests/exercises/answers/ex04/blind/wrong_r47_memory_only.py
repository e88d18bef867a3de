# Written from the student copy alone, without seeing the check or the solution.
# WRONG: uses the memory bound alone: returns as many workers as the budget holds, however many the target needs.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return fits


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) returned [\d,.]+"
