# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: multiplies the two numbers as Decimals from their shortest repr, quantizes to 9 places (the noise-free product) and rounds up with ROUND_CEILING to an int.
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Decimal


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_flight = Decimal(repr(tasks_per_s)) * Decimal(repr(latency_s))
    in_flight = in_flight.quantize(Decimal("1e-9"), rounding=ROUND_HALF_EVEN)
    return int(in_flight.to_integral_value(rounding=ROUND_CEILING))
