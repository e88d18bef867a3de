# Written from the student copy alone, without seeing the check or the solution.
# WRONG (forgets the base): only the workers' payloads are counted against the budget, as
# if the idle process held nothing. It accepts pools that the interpreter, its libraries
# and its caches push over the budget.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if workers * task_mib > budget_mib:
        raise ValueError(f"{workers} workers x {task_mib} MiB is more than the {budget_mib} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; the target needs [\d,.]+ tasks in"
