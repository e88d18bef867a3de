# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: decides by the memory the target's pool needs (base and payloads) against the budget, and
# refuses with the workers that fit counted apart.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needs = round(base_mib + workers * task_mib, 9)
    if needs > round(budget_mib, 9):
        raise PoolDoesNotFit(needed=workers, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return workers
