# Written from the student copy alone, without seeing the check or the solution.
# WRONG: uses < instead of <=: a pool that fills the budget exactly is refused, and fits is one short on exact fills.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + needed * task_mib, 9) < budget_mib:
        return needed
    room = round((budget_mib - base_mib) / task_mib, 9)
    fits = max(0, math.ceil(room) - 1)  # the most n with base + n * payload < budget
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16, 256, 64\) raised PoolDoesNotFit\(needed=12, fits=11\); but 12 workers reach 24 tasks/s, and 64 MiB \+ 12 × 16 MiB = 256 MiB is within the 256 MiB"
