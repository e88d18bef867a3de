# Written from the student copy alone, without seeing the check or the solution.
# Mistake: returns None when no size fits instead of raising.
# Breaks: "if it does not, no pool size meets both: `raise PoolDoesNotFit(needed, fits)`"
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        return None  # no pool size works
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) returned None; the target needs [\d,.]+ tasks? in flight, so [\d,.]+ workers, and [\d,.]+ MiB \+ [\d,.]+ × [\d,.]+ MiB is over the [\d,.]+"
