# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact decimal arithmetic on the shortest repr of each float, so 100*0.07
# is exactly 7; then ceiling to an int.
from decimal import Decimal, ROUND_CEILING


def workers_for(tasks_per_s, latency_s):
    product = Decimal(repr(tasks_per_s)) * Decimal(repr(latency_s))
    return int(product.to_integral_value(rounding=ROUND_CEILING))
