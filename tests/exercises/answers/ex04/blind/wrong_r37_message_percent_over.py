# Written from the student copy alone, without seeing the check or the solution.
# WRONG: decides right, but its percentage is "X% over the budget" computed as total / budget (150% over where it is 50% over).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    total = round(base_mib + n * task_mib, 9)
    if total <= budget_mib:
        return n
    raise ValueError(f"the pool needs {total:g} MiB, {100 * total / budget_mib:.0f}% over the {budget_mib:g} MiB budget")


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ValueError\('the pool needs 384 MiB, 150% over the 256 MiB budget'\); 150 in that message is not right"
