# Written from the student copy alone, without seeing the check or the solution.
# Right: exact arithmetic with fractions of the numbers as written, so that a pool that
# fills the budget exactly (e.g. 64 + 3 x 0.1 = 64.3) is not refused by float noise.
import math
from fractions import Fraction


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    rate, latency, task, budget, base = (Fraction(str(x)) for x in
                                         (tasks_per_s, latency_s, task_mib, budget_mib, base_mib))
    workers = math.ceil(rate * latency)
    memory = base + workers * task
    if memory > budget:
        raise ValueError(
            f"{workers} workers are needed for {tasks_per_s} tasks/s, but they need "
            f"{float(memory):g} MiB, more than the budget of {budget_mib} MiB")
    return workers
