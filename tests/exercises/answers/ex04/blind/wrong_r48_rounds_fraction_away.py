# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away too coarsely (round(x, 2)), so a real fraction such as 5.002 or 1.000000002 tasks in flight becomes a whole number.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 2))
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 2))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) returned [\d,.]+"
