# Written from the student copy alone, without seeing the check or the solution.
# Right: exact arithmetic with fractions of the numbers as written, so that a pool that
# fills the budget exactly (e.g. 64 + 3 x 0.1 = 64.3) is not refused by float noise.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math
from fractions import Fraction

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    rate, latency, task, budget, base = (Fraction(str(x)) for x in
                                         (tasks_per_s, latency_s, task_mib, budget_mib, base_mib))
    workers = math.ceil(rate * latency)
    memory = base + workers * task
    if memory > budget:
        raise PoolDoesNotFit(needed=workers, fits=math.floor((budget - base) / task))
    return workers
