# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: refuses with the budget and how far over it the target goes, and nothing else (read 32 found that
# the check failed this: 16 MiB over is also the size of a payload, and 0.36 MiB over is below the workers
# that fit).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    over = round(base_mib + workers * task_mib - budget_mib, 9)
    if over > 0:
        raise ValueError(f"the pool the target needs would go {over:g} MiB over the {budget_mib} MiB budget")
    return workers
