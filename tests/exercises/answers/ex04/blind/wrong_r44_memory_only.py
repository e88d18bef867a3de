# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sizes by memory alone: returns the most workers the budget holds, ignoring the target throughput.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if fits < 1:
        raise PoolDoesNotFit(1, max(0, fits))
    return fits


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 24; 5 workers already reach 20 tasks/s, and each extra one holds another 8 MiB\. Hint: the"
