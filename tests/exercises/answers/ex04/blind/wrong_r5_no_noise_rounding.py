# Written from the student copy alone, without seeing the check or the solution.
# WRONG: does not round away floating-point noise: ceil(100 * 0.07) is 8, not 7, and
# 1 + 7 * 0.1 <= 1.7 is False, so it asks for a worker too many or refuses a pool that fits.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(tasks_per_s * latency_s)
    needed_mib = base_mib + workers * task_mib
    if needed_mib <= budget_mib:
        return workers
    raise PoolDoesNotFit(needed=workers, fits=math.floor((budget_mib - base_mib) / task_mib))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(100, 0\.07, 4, 256, 64\) returned 8; 7 workers already reach 100 tasks/s, and each extra one holds another 4 MiB\. In floating"
