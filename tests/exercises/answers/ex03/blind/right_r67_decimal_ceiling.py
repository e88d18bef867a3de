# Written from the student copy alone, without seeing the check or the solution.
# Approach: exact decimal product of rate and latency, quantized to 9 places, rounded toward +infinity.
from decimal import ROUND_CEILING, Decimal


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_flight = Decimal(repr(tasks_per_s)) * Decimal(repr(latency_s))
    in_flight = in_flight.quantize(Decimal("1e-9"))  # same noise threshold as round(x, 9)
    return int(in_flight.to_integral_value(rounding=ROUND_CEILING))
