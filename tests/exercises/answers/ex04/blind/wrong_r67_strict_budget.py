# Written from the student copy alone, without seeing the check or the solution.
# Mistake: requires memory strictly below the budget (<), so a pool that fills it exactly is refused.
# Breaks: "a pool that fills the budget exactly is fine"
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = 0
    while fits < needed and round(base_mib + (fits + 1) * task_mib, 9) < budget_mib:
        fits += 1
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) raised PoolDoesNotFit\(needed=[\d,.]+ fits=[\d,.]+\); but [\d,.]+ workers reach [\d,.]+ tasks?/s, and [\d,.]+ MiB \+ [\d,.]+ × [\d,.]+ MiB = [\d,.]+"
