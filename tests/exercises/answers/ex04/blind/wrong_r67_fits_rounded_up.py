# Written from the student copy alone, without seeing the check or the solution.
# Mistake: rounds the number of workers that fit up instead of down, so one worker too many is allowed past the budget.
# Breaks: "as long as the process, with that many workers each holding `task_mib` MiB, stays within `budget_mib` MiB"
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.ceil(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; the target needs [\d,.]+ tasks? in flight, so [\d,.]+ workers, and [\d,.]+ MiB \+ [\d,.]+ × [\d,.]+ MiB is over the"
