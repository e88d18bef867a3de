# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ignores the note on floating-point noise: math.ceil(100 * 0.07) gives 8 workers and 1 + 7 * 0.1 <= 1.7 is False.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(tasks_per_s * latency_s)
    fits = math.floor((budget_mib - base_mib) / task_mib)
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) returned [\d,.]+"
