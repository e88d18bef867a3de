# Written from the student copy alone, without seeing the check or the solution.
# WRONG: uses < instead of <= against the budget, so a pool that fills the budget exactly is refused.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + needed * task_mib, 9) < budget_mib:
        return needed
    fits = math.ceil(round((budget_mib - base_mib) / task_mib, 9)) - 1
    raise PoolDoesNotFit(needed, max(0, min(fits, needed - 1)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) raised PoolDoesNotFit\(needed=[\d,.]+, fits=[\d,.]+\)"
