# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: counts workers up until they cover the tasks in flight (Little's law, rounded to 9 places), checks base + n x payload against the budget (rounded to 9 places), and on a refusal counts how many fit (never past needed).
from pool_lab import PoolDoesNotFit


def _memory(n, task_mib, base_mib):
    return round(base_mib + n * task_mib, 9)


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    in_flight = round(tasks_per_s * latency_s, 9)  # Little's law: tasks busy at once
    budget = round(budget_mib, 9)
    needed = 0
    while needed < in_flight:
        needed += 1
    if _memory(needed, task_mib, base_mib) <= budget:
        return needed
    fits = 0  # fewer than needed fit, so this loop stays short
    while fits + 1 < needed and _memory(fits + 1, task_mib, base_mib) <= budget:
        fits += 1
    raise PoolDoesNotFit(needed, fits)
