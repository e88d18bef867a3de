# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: counts workers up until they carry the load, then counts up how many fit (round(..., 9) before each comparison).
from pool_lab import PoolDoesNotFit


def _memory(n, task_mib, base_mib):
    return round(base_mib + n * task_mib, 9)


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    load = round(tasks_per_s * latency_s, 9)  # tasks in flight at once (Little's law)
    needed = max(0, int(load) - 1)  # start just below the answer, then count up
    while needed < load:
        needed += 1
    if _memory(needed, task_mib, base_mib) <= budget_mib:
        return needed
    # it does not fit: count how many do (fewer than needed, so this loop is short)
    fits = 0
    while fits + 1 < needed and _memory(fits + 1, task_mib, base_mib) <= budget_mib:
        fits += 1
    raise PoolDoesNotFit(needed, fits)
