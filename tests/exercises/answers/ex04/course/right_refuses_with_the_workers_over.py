# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: refuses with how many workers over the budget's room the target goes, and that room (read 33 found
# that the check failed this: it took an overage in MiB only).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    fit = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if workers > fit:
        raise ValueError(f"the target needs {workers - fit} more workers than the {fit} that fit in the budget")
    return workers
