# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right sizing, but the message prints the MiB needed with :.0f, so 256.36 MiB shows as 256 MiB, no more than the budget.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    total = round(base_mib + workers * task_mib, 9)
    if total > budget_mib:
        raise ValueError(f"{workers} workers need {total:.0f} MiB, over the {budget_mib:.0f} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) raised ValueError\('12 workers need 256 MiB, over the 256 MiB budget'\); 256 in that message is not right"
