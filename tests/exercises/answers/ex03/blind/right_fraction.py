# Written from the student copy alone, without seeing the check or the solution.
# Right: the same ceiling of rate x latency, computed exactly with fractions of the
# numbers as written (Fraction("0.1") is exactly 1/10), so no float noise can tip it.
import math
from fractions import Fraction


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    needed = Fraction(str(tasks_per_s)) * Fraction(str(latency_s))
    return math.ceil(needed)
