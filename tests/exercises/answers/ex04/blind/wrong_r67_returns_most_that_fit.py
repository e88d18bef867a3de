# Written from the student copy alone, without seeing the check or the solution.
# Mistake: when the target fits, returns the biggest pool the budget allows instead of the fewest that reach the target.
# Breaks: "return the smallest number of workers (an `int`) that reaches `tasks_per_s`"
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return fits


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ workers already reach [\d,.]+ tasks?/s, and each extra one holds another [\d,.]+ MiB\. Hint: the budget"
