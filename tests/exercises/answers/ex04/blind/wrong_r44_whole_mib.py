# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the MiB figures to whole numbers before comparing, so a 0.1 MiB payload counts as 0 and fractions of a MiB vanish.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    base, payload, budget = round(base_mib), round(task_mib), round(budget_mib)
    if base + needed * payload <= budget:
        return needed
    fits = max(0, (budget - base) // payload) if payload else 0
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) returned 12; the target needs 12 tasks in flight, so 12 workers, and 64 MiB \+ 12 × 16\.03 MiB is over"
