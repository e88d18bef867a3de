# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Fractions from the decimal strings (exact), search the smallest n whose
# throughput n / latency reaches the target, then check its memory; ValueError
# with the reason if it exceeds the budget.
from fractions import Fraction


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    rate, lat = Fraction(str(tasks_per_s)), Fraction(str(latency_s))
    task, budget, base = Fraction(str(task_mib)), Fraction(str(budget_mib)), Fraction(str(base_mib))
    n = 0
    while n / lat < rate:
        n += 1
    if base + n * task > budget:
        raise ValueError(
            f"too little memory: the {n} workers needed for {tasks_per_s} tasks/s hold "
            f"{float(base + n * task):g} MiB with the base, but the budget is {budget_mib} MiB"
        )
    return n
