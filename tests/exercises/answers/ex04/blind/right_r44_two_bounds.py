# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a lower bound from throughput and an upper bound from memory, the upper one checked by the budget comparison itself; answer if lower <= upper.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""

    def within_budget(n):
        return round(base_mib + n * task_mib, 9) <= budget_mib

    lower = math.ceil(round(tasks_per_s * latency_s, 9))  # throughput: at least this many

    upper = max(0, int((budget_mib - base_mib) // task_mib))  # memory: at most about this many
    while within_budget(upper + 1):  # settle the estimate on the real comparison
        upper += 1
    while upper > 0 and not within_budget(upper):
        upper -= 1

    if lower <= upper:
        return lower
    raise PoolDoesNotFit(needed=lower, fits=upper)
