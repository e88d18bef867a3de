# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: refuses with the budget the target's pool would need beside the budget it has; both are "a budget
# of N MiB", told apart by "needs" (read 39: the check must not take the first for the second).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needs = round(base_mib + workers * task_mib, 9)
    if needs > round(budget_mib, 9):
        raise ValueError(f"{workers} workers need a budget of {needs:g} MiB; the budget is {budget_mib:g} MiB")
    return workers
