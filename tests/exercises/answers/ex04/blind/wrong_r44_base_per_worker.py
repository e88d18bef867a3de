# Written from the student copy alone, without seeing the check or the solution.
# WRONG: charges the base to every worker: n * (base + payload) instead of base + n * payload.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round(budget_mib / (base_mib + task_mib), 9)))
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) raised PoolDoesNotFit\(needed=5, fits=3\); but 5 workers reach 20 tasks/s, and 64 MiB \+ 5 × 8 MiB = 104 MiB is within the 256 MiB"
