# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: the same law, L = lambda * W, computed in decimal arithmetic from the numbers as written
# (str(0.07) is '0.07'), so 100 * 0.07 is exactly 7, kept to 9 decimals; then round up to a whole worker.
from decimal import ROUND_CEILING, Decimal


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    load = Decimal(str(tasks_per_s)) * Decimal(str(latency_s))
    load = load.quantize(Decimal("1e-9"))  # a computed latency (1 / 30) still carries noise: drop it
    return int(load.to_integral_value(rounding=ROUND_CEILING))
