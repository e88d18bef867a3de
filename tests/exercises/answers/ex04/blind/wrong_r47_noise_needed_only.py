# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away on the throughput side only: the workers that fit, floor((64.3 - 64) / 0.1), come out as 2 instead of 3.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor((budget_mib - base_mib) / task_mib))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) raised PoolDoesNotFit\(needed=[\d,.]+, fits=[\d,.]+\)"
