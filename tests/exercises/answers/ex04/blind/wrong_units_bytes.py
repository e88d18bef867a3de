# Written from the student copy alone, without seeing the check or the solution.
# WRONG (unit mix-up): the student converts the per-task memory and the base to bytes
# ("memory is measured in bytes") but compares them with the budget still in MiB, so
# every case with a payload is refused as over budget.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    task_bytes = task_mib * 2**20
    base_bytes = base_mib * 2**20
    if base_bytes + workers * task_bytes > budget_mib:
        raise ValueError(f"{workers} workers need {base_bytes + workers * task_bytes} bytes, over {budget_mib}")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) raised ValueError: [\d,.]+ workers need [\d,.]+"
