# Written from the student copy alone, without seeing the check or the solution.
# Approach: size for throughput, then check base + n x payload against the budget; only when it overflows, work out how many fit.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    memory = round(base_mib + needed * task_mib, 9)
    if memory <= budget_mib:  # filling the budget exactly is fine
        return needed
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    raise PoolDoesNotFit(needed, fits)
