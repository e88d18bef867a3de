# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no noise rounding in the throughput: math.ceil(100 * 0.07) gives 8 workers, not 7.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(tasks_per_s * latency_s)
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(100, 0\.07, 4, 256, 64\) returned 8; 7 workers already reach 100 tasks/s, and each extra one holds another 4 MiB\. In floating"
