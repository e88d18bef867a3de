# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: refuses with what the budget does not allow, what each worker needs and what the service already uses
# (read 41: the check read "does not allow 20 workers" as the count that fits, and "each needs 16 MiB" and "the
# service already uses 64 MiB" as a whole pool's memory).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if workers > fits:
        raise ValueError(f"the {budget_mib:g} MiB budget does not allow {workers} workers: the service already "
                         f"uses {base_mib:g} MiB and each needs {task_mib:g} MiB, so there is room for {fits}")
    return workers
