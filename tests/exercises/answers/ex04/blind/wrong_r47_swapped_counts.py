# Written from the student copy alone, without seeing the check or the solution.
# WRONG: passes the two counts in the wrong order, PoolDoesNotFit(fits, needed), so the refusal carries the wrong figures (and the constructor rejects them).
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise PoolDoesNotFit(fits, needed)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) raised ValueError: PoolDoesNotFit\(needed=[\d,.]+, fits=[\d,.]+\): needed must be more"
