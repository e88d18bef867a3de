# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact Decimal arithmetic on the floats' values, quantised to 9 decimal places (the noise), then ROUND_CEILING for the workers needed and ROUND_FLOOR for the workers that fit.
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

from pool_lab import PoolDoesNotFit

_NANO = Decimal("1e-9")


def _clean(value):
    return value.quantize(_NANO)


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    with localcontext() as ctx:
        ctx.prec = 60
        in_flight = _clean(Decimal(tasks_per_s) * Decimal(latency_s))
        headroom = _clean((Decimal(budget_mib) - Decimal(base_mib)) / Decimal(task_mib))
        needed = int(in_flight.to_integral_value(rounding=ROUND_CEILING))
        fits = max(0, int(headroom.to_integral_value(rounding=ROUND_FLOOR)))
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed, fits)
