# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law gives the fewest workers (rounded up after the float noise
# is rounded away), then the memory they need is checked against the budget,
# also after rounding the noise away; a pool that fills the budget exactly fits.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    needed = max(1, math.ceil(round(tasks_per_s * latency_s, 9)))
    held = round(base_mib + needed * task_mib, 9)
    if held > round(budget_mib, 9):
        raise ValueError(
            f"no pool size fits: {tasks_per_s} tasks/s x {latency_s} s needs {needed} workers, which hold "
            f"{base_mib} MiB + {needed} x {task_mib} MiB = {held:g} MiB, more than the {budget_mib} MiB budget; "
            f"shrink the payload, grow the budget or lower the target"
        )
    return int(needed)
