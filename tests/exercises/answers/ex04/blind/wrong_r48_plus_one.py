# Written from the student copy alone, without seeing the check or the solution.
# WRONG: one worker too many: int(x) + 1 instead of rounding up, so exactly 7 tasks in flight ask for 8 workers.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = int(round(tasks_per_s * latency_s, 9)) + 1
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) returned [\d,.]+"
