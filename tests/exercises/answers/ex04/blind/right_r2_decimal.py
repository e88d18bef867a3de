# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact Decimal arithmetic on each argument's repr (no float noise at
# all); ceiling of the throughput bound, then the memory check; ValueError with an
# explanatory message when the throughput bound exceeds the memory bound.
from decimal import Decimal, ROUND_CEILING


def _d(x):
    return Decimal(repr(x))


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = int((_d(tasks_per_s) * _d(latency_s)).to_integral_value(rounding=ROUND_CEILING))
    memory = _d(base_mib) + n * _d(task_mib)
    if memory > _d(budget_mib):
        raise ValueError(
            f"throughput needs at least {n} workers, but {n} workers need {memory} MiB, "
            f"over the budget of {budget_mib} MiB: shrink the payload, grow the budget or lower the target"
        )
    return n
