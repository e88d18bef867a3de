# Written from the student copy alone, without seeing the check or the solution.
# Approach: count how many workers fit by adding them one at a time while base + n x payload stays within the budget.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = 0
    while fits < needed and round(base_mib + (fits + 1) * task_mib, 9) <= budget_mib:
        fits += 1
    if fits < needed:  # the count stopped because one more worker would overflow: fits is the most that fit
        raise PoolDoesNotFit(needed, fits)
    return needed
