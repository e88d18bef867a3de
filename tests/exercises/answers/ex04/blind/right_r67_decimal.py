# Written from the student copy alone, without seeing the check or the solution.
# Approach: do the arithmetic in Decimal (quantized to 9 places), ceiling for the workers needed, floor for those that fit.
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from pool_lab import PoolDoesNotFit

_NINE_PLACES = Decimal("1e-9")


def _dec(x):
    return Decimal(repr(x))


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    in_flight = (_dec(tasks_per_s) * _dec(latency_s)).quantize(_NINE_PLACES)
    needed = int(in_flight.to_integral_value(rounding=ROUND_CEILING))
    room = ((_dec(budget_mib) - _dec(base_mib)) / _dec(task_mib)).quantize(_NINE_PLACES)
    fits = max(0, int(room.to_integral_value(rounding=ROUND_FLOOR)))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed
