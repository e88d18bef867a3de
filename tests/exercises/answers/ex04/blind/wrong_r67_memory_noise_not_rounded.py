# Written from the student copy alone, without seeing the check or the solution.
# Mistake: rounds the throughput side but not the memory side, so 1 + 7 x 0.1 MiB counts as over a 1.7 MiB budget.
# Breaks: "Round that noise away (`round(x, 9)`) before you round up or down, or compare."
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor((budget_mib - base_mib) / task_mib))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) raised PoolDoesNotFit\(needed=[\d,.]+ fits=[\d,.]+\); but [\d,.]+ workers reach [\d,.]+ tasks?/s, and [\d,.]+ MiB \+ [\d,.]+ × [\d,.]+ MiB = [\d,.]+"
