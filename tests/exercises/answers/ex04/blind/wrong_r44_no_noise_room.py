# Written from the student copy alone, without seeing the check or the solution.
# WRONG: no noise rounding in the memory: 1 + 7 * 0.1 <= 1.7 is False, so an exact fill is refused and fits comes out one short.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    if base_mib + needed * task_mib <= budget_mib:
        return needed
    fits = max(0, math.floor((budget_mib - base_mib) / task_mib))
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(14, 0\.5, 0\.1, 1\.7, 1\) raised PoolDoesNotFit\(needed=7, fits=6\); but 7 workers reach 14 tasks/s, and 1 MiB \+ 7 × 0\.1 MiB = 1\.7 MiB is within the 1\.7 MiB"
