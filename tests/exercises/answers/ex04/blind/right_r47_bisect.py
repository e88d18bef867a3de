# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: binary-searches the smallest n covering the tasks in flight and, on a refusal, the largest n whose base + n x payload stays in the budget (all comparisons rounded to 9 places).
from pool_lab import PoolDoesNotFit


def _smallest(ok, hi):
    """Smallest n in [0, hi] with ok(n) true, ok going from False to True as n grows."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    in_flight = round(tasks_per_s * latency_s, 9)  # Little's law
    budget = round(budget_mib, 9)

    def fits_in_budget(n):
        return round(base_mib + n * task_mib, 9) <= budget

    hi = 1
    while hi < in_flight:
        hi *= 2
    needed = _smallest(lambda n: n >= in_flight, hi)
    if fits_in_budget(needed):
        return needed
    # needed does not fit, so the most that fit is below it: the last n before n + 1 overflows
    fits = _smallest(lambda n: not fits_in_budget(n + 1), needed)
    raise PoolDoesNotFit(needed, fits)
