# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the product lambda * W rounded to 9 places, made a Decimal, then rounded up to an integer with ROUND_CEILING.
from decimal import ROUND_CEILING, Decimal


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    product = Decimal(repr(round(tasks_per_s * latency_s, 9)))
    return int(product.to_integral_value(rounding=ROUND_CEILING))
