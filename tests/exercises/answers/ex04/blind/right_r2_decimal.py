# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact Decimal arithmetic on each argument's repr (no float noise at
# all); ceiling of the throughput bound, then the memory check; PoolDoesNotFit with the
# workers needed and the workers that fit when the throughput bound exceeds the memory bound.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from decimal import Decimal, ROUND_CEILING, ROUND_FLOOR

from pool_lab import PoolDoesNotFit


def _d(x):
    return Decimal(repr(x))


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = int((_d(tasks_per_s) * _d(latency_s)).to_integral_value(rounding=ROUND_CEILING))
    memory = _d(base_mib) + n * _d(task_mib)
    if memory > _d(budget_mib):
        raise PoolDoesNotFit(
            needed=n,
            fits=int(((_d(budget_mib) - _d(base_mib)) / _d(task_mib)).to_integral_value(rounding=ROUND_FLOOR)),
        )
    return n
