# Written from the student copy alone, without seeing the check or the solution.
# WRONG (returns the memory bound): the student computes both bounds and returns the
# LARGEST pool the budget affords ("more workers is faster"), not the fewest that reach the
# target: every extra worker holds a payload for no speed that was asked for.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    affordable = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if needed > affordable:
        raise ValueError(f"need {needed} workers but only {affordable} fit in {budget_mib} MiB")
    return affordable


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ workers already reach [\d,.]+"
