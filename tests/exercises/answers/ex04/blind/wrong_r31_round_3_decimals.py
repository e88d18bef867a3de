# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away at 3 decimals instead of 9, which also rounds away a real fraction below 0.0005 (2 x 0.500000001 = 1.000000002 gets 1 worker).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 3))
    if round(base_mib + workers * task_mib, 3) > round(budget_mib, 3):
        raise PoolDoesNotFit(needed=workers, fits=math.floor(round((budget_mib - base_mib) / task_mib, 3)))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(2, 0\.500000001, 8, 256, 64\) returned 1; 2 tasks/s × 0\.500000001 s = 1\.000000002 tasks in flight on average, so 1 workers cannot"
