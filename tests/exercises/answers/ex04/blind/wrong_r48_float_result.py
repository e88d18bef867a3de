# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds up with floor division, -(-x // 1), which returns a float such as 7.0, not the int of workers asked for.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = -(-round(tasks_per_s * latency_s, 9) // 1)
    fits = round((budget_mib - base_mib) / task_mib, 9) // 1
    if needed > fits:
        raise PoolDoesNotFit(int(needed), int(fits))
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+, [\d,.]+\) returned [\d,.]+ \(float\)"
