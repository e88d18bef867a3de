# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the workers needed down (math.floor) instead of up, so a real fraction of a worker is dropped.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.floor(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(10, 0\.25, 4, 100, 40\) returned 2; 10 tasks/s × 0\.25 s = 2\.5 tasks in flight on average, so 2 workers cannot keep up\. Hint:"
