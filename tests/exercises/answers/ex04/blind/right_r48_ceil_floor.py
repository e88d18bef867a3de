# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law rounded up for the workers needed, (budget - base) / payload rounded down for those that fit, both after round(x, 9).
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    if task_mib <= 0:
        if round(base_mib, 9) <= round(budget_mib, 9):
            return needed
        raise PoolDoesNotFit(needed, 0)
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed
