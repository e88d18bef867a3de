# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law gives the fewest workers (rounded up after the float noise
# is rounded away), then the memory they need is checked against the budget,
# also after rounding the noise away; a pool that fills the budget exactly fits.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = max(1, math.ceil(round(tasks_per_s * latency_s, 9)))
    held = round(base_mib + needed * task_mib, 9)
    if held > round(budget_mib, 9):
        raise PoolDoesNotFit(needed=needed, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return int(needed)
