# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: decimal.Decimal from the numbers' decimal spelling, quantized to 9 places (drops noise),
# rounded up with ROUND_CEILING; memory compared with <=; PoolDoesNotFit otherwise.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

from pool_lab import PoolDoesNotFit

_NINE_PLACES = Decimal("1e-9")


def _dec(x):
    return Decimal(str(x))


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    with localcontext() as ctx:
        ctx.prec = 60
        busy = (_dec(tasks_per_s) * _dec(latency_s)).quantize(_NINE_PLACES)
        workers = int(busy.to_integral_value(rounding=ROUND_CEILING))
        needed = (_dec(base_mib) + workers * _dec(task_mib)).quantize(_NINE_PLACES)
        budget = _dec(budget_mib).quantize(_NINE_PLACES)
        if needed <= budget:
            return workers
    room = ((_dec(budget_mib) - _dec(base_mib)) / _dec(task_mib)).quantize(_NINE_PLACES)
    raise PoolDoesNotFit(needed=workers, fits=int(room.to_integral_value(rounding=ROUND_FLOOR)))
