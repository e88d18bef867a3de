# Written from the student copy alone, without seeing the check or the solution.
# WRONG: "exact" arithmetic with Fraction of the floats keeps their binary error (Fraction(0.07) > 7/100), noise not rounded away: 100 * 0.07 -> 8.
import math
from fractions import Fraction


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(Fraction(tasks_per_s) * Fraction(latency_s))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(100, 0\.07\) returned 8"
