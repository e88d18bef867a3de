# Written from the student copy alone, without seeing the check or the solution.
# WRONG (off by one at the edge): "stays within the budget" written as a strict <, so a
# pool that fills the budget exactly is refused, though the notebook says it is fine.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if not base_mib + workers * task_mib < budget_mib:
        raise ValueError(f"{workers} workers do not fit in {budget_mib} MiB")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) raised ValueError: [\d,.]+ workers do not fit in [\d,.]+"
