# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away too coarsely (round(x, 2)), so a real fraction such as 7.001 workers is taken for 7.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 2))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 2)))
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.2501, 8, 256, 64\) returned 5; 20 tasks/s × 0\.2501 s = 5\.002 tasks in flight on average, so 5 workers cannot keep up\."
