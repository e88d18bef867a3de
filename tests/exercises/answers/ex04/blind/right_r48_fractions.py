# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact rational arithmetic with fractions.Fraction, the results rounded to 9 decimals (round(Fraction, 9)) before ceil/floor.
import math
from fractions import Fraction

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    rate, latency = Fraction(tasks_per_s), Fraction(latency_s)
    task, budget, base = Fraction(task_mib), Fraction(budget_mib), Fraction(base_mib)
    needed = math.ceil(round(rate * latency, 9))
    room = round(budget - base, 9)
    if task == 0:
        fits = needed if room >= 0 else 0
    else:
        fits = max(0, math.floor(round(room / task, 9)))
    if needed > fits:
        raise PoolDoesNotFit(int(needed), int(fits))
    return int(needed)
