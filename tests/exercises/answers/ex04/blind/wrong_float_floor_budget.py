# Written from the student copy alone, without seeing the check or the solution.
# WRONG (float noise at the edge): the memory bound is floor((budget - base) / task) on
# raw floats. For a pool that fills the budget exactly, (64.3 - 64) / 0.1 is
# 2.9999999999999716, floor gives 2, and a pool of 3 that fits is refused.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    at_least = math.ceil(round(tasks_per_s * latency_s, 9))
    at_most = math.floor((budget_mib - base_mib) / task_mib)
    if at_least > at_most:
        raise PoolDoesNotFit(needed=at_least, fits=at_most)
    return at_least


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(6, 0\.5, 0\.1, 64\.3, 64\) raised PoolDoesNotFit\(needed=3, fits=2\); but 3 workers reach 6 tasks/s, and 64 MiB \+ 3 × 0\.1 MiB = 64\.3 MiB is within the 64\.3 MiB"
