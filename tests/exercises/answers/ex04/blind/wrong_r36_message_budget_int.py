# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right sizing, but the message prints the budget with int(), so a 64.3 MiB budget shows as 64 MiB.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    total = round(base_mib + workers * task_mib, 9)
    if total > budget_mib:
        raise ValueError(f"{workers} workers need {total} MiB, over the {int(budget_mib)} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(8, 0\.5, 0\.1, 64\.3, 64\) raised ValueError\('4 workers need 64\.4 MiB, over the 64 MiB budget'\); 64 in that message is not right"
