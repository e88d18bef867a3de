# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact Decimal of the float product, quantized to 9 places (same as round(x, 9)), then rounded toward +infinity.
from decimal import Decimal, ROUND_CEILING, ROUND_HALF_EVEN


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    product = Decimal(tasks_per_s * latency_s)  # the float product, exactly
    cleaned = product.quantize(Decimal("1e-9"), rounding=ROUND_HALF_EVEN)  # float noise removed
    return int(cleaned.to_integral_value(rounding=ROUND_CEILING))
