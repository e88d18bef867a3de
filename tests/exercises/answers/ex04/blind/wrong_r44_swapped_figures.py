# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises PoolDoesNotFit with its two figures swapped (fits first, needed second).
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(fits, needed)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError: PoolDoesNotFit\(needed=12, fits=20\): needed must be more than fits; if the workers the target needs fit, return that pool instead of"
