# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: turns the float results into whole nano-units (1e-9) and does the rounding up, down and the comparison in integers.
from pool_lab import PoolDoesNotFit

NANO_PER_UNIT = 10**9


def _nanos(x):
    """x in whole units of 1e-9 (rounding the float noise away)."""
    return round(x * NANO_PER_UNIT)


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    load = _nanos(tasks_per_s * latency_s)  # workers busy at once, in 1e-9 workers
    room = _nanos((budget_mib - base_mib) / task_mib)  # workers the budget holds, in 1e-9 workers
    needed = -(-load // NANO_PER_UNIT)  # ceiling division on integers
    fits = max(0, room // NANO_PER_UNIT)  # floor division on integers
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed, fits)
