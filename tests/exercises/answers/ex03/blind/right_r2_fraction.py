# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Fraction of each number's decimal string form (str() drops the
# binary noise), exact product, ceiling with math.ceil (Fraction gives an int).
import math
from fractions import Fraction


def workers_for(tasks_per_s, latency_s):
    lam = Fraction(str(tasks_per_s))
    w = Fraction(str(latency_s))
    return math.ceil(lam * w)
