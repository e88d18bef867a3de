# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise to 1 decimal place (round(x, 1)) instead of 9, which swallows real fractions such as 7.04 workers and rounds them to 7.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 1))
    if round(base_mib + workers * task_mib, 1) > budget_mib:
        raise PoolDoesNotFit(needed=workers, fits=math.floor(round((budget_mib - base_mib) / task_mib, 1)))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.2501, 8, 256, 64\) returned 5; 20 tasks/s × 0\.2501 s = 5\.002 tasks in flight on average, so 5 workers cannot keep up\."
