# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: exact arithmetic with fractions.Fraction (exact binary values of the floats),
# rounded to 9 decimals to drop the float noise, then rounded up; <= against the budget.
import math
from fractions import Fraction


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    rate, latency, task, budget, base = (
        Fraction(x) for x in (tasks_per_s, latency_s, task_mib, budget_mib, base_mib)
    )
    # round(Fraction, 9) gives a Fraction: 100 x 0.07 (as stored) becomes exactly 7.
    busy = round(rate * latency, 9)
    workers = math.ceil(busy)  # an int
    needed = round(base + workers * task, 9)
    if needed <= round(budget, 9):
        return workers
    raise ValueError(
        f"no pool size meets both: reaching {tasks_per_s} tasks/s at {latency_s} s a task takes "
        f"{workers} workers, which with a {base_mib} MiB base and {task_mib} MiB each need "
        f"{float(needed):g} MiB, more than the {budget_mib} MiB budget"
    )
