# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Fractions from the decimal strings (exact), search the smallest n whose
# throughput n / latency reaches the target, then check its memory; PoolDoesNotFit
# if it exceeds the budget.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from fractions import Fraction

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    rate, lat = Fraction(str(tasks_per_s)), Fraction(str(latency_s))
    task, budget, base = Fraction(str(task_mib)), Fraction(str(budget_mib)), Fraction(str(base_mib))
    n = 0
    while n / lat < rate:
        n += 1
    if base + n * task > budget:
        raise PoolDoesNotFit(needed=n, fits=(budget - base) // task)
    return n
