# Written from the student copy alone, without seeing the check or the solution.
# WRONG: removes noise with a tolerance far too wide (ceil(x - 1e-6)), so a real fraction such as 1.000000002 tasks in flight is rounded away to 1 worker.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(tasks_per_s * latency_s - 1e-6)
    fits = max(0, math.floor((budget_mib - base_mib) / task_mib + 1e-6))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) returned [\d,.]+"
