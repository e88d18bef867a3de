# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact arithmetic with fractions.Fraction (exact binary values of the floats),
# rounded to 9 decimals to drop the float noise, then rounded up; <= against the budget.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math
from fractions import Fraction

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    rate, latency, task, budget, base = (
        Fraction(x) for x in (tasks_per_s, latency_s, task_mib, budget_mib, base_mib)
    )
    # round(Fraction, 9) gives a Fraction: 100 x 0.07 (as stored) becomes exactly 7.
    busy = round(rate * latency, 9)
    workers = math.ceil(busy)  # an int
    needed = round(base + workers * task, 9)
    if needed <= round(budget, 9):
        return workers
    raise PoolDoesNotFit(needed=workers, fits=math.floor(round((budget - base) / task, 9)))
