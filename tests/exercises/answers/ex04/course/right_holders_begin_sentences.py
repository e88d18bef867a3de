# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: refuses in sentences that begin with what holds each figure, capitalised, and names the base as the
# container's (read 43: "Each worker holds 16 MiB" failed where "each worker holds 16 MiB" passed).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if workers > fits:
        raise ValueError(f"Each worker holds {task_mib:g} MiB. The container already uses {base_mib:g} MiB. "
                         f"{workers} workers need {base_mib + workers * task_mib:g} MiB, over the "
                         f"{budget_mib:g} MiB budget, where only {fits} fit.")
    return workers
