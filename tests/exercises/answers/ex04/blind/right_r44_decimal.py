# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Decimal(repr(x)) arithmetic quantized to 1e-9, then ROUND_CEILING for the workers needed and ROUND_FLOOR for those that fit.
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, localcontext

from pool_lab import PoolDoesNotFit

NANO = Decimal("1e-9")


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    with localcontext() as ctx:
        ctx.prec = 50
        rate, latency = Decimal(repr(tasks_per_s)), Decimal(repr(latency_s))
        payload, budget, base = Decimal(repr(task_mib)), Decimal(repr(budget_mib)), Decimal(repr(base_mib))
        workload = (rate * latency).quantize(NANO, rounding=ROUND_HALF_EVEN)
        room = ((budget - base) / payload).quantize(NANO, rounding=ROUND_HALF_EVEN)
        needed = int(workload.to_integral_value(rounding=ROUND_CEILING))
        fits = max(0, int(room.to_integral_value(rounding=ROUND_FLOOR)))
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed, fits)
