# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact Fraction(str(x)) arithmetic, rounded to 9 places as a Fraction, then math.ceil / math.floor.
import math
from fractions import Fraction

from pool_lab import PoolDoesNotFit


def _exact(x):
    # str() gives the shortest decimal that reads back as x, so 0.1 becomes exactly 1/10
    return Fraction(str(x))


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    rate, latency = _exact(tasks_per_s), _exact(latency_s)
    payload, budget, base = _exact(task_mib), _exact(budget_mib), _exact(base_mib)
    # Fractions are exact for decimal inputs; the 9-place rounding only clears noise the inputs carry themselves
    needed = math.ceil(round(rate * latency, 9))
    fits = max(0, math.floor(round((budget - base) / payload, 9)))
    if needed > fits:
        raise PoolDoesNotFit(needed=needed, fits=fits)
    return needed
