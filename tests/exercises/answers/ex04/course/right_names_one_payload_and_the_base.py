# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: refuses with what one worker takes and what the process already uses, beside the workers that fit
# (read 40: the check took every "takes N MiB" and "uses N MiB" for a whole pool's memory).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if workers > fits:
        raise ValueError(f"{workers} workers are needed, but the process already uses {base_mib:g} MiB, each "
                         f"worker takes {task_mib:g} MiB, and only {fits} fit in the {budget_mib:g} MiB budget")
    return workers
