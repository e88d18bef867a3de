# Written from the student copy alone, without seeing the check or the solution.
# Mistake: rounds the memory side but not the throughput side, so 100 x 0.07 = 7.000000000000001 needs 8 workers.
# Breaks: "Round that noise away (`round(x, 9)`) before you round up or down, or compare."
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(tasks_per_s * latency_s)
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ workers already reach [\d,.]+ tasks?/s, and each extra one holds another [\d,.]+ MiB\. In floating"
