# Written from the student copy alone, without seeing the check or the solution.
# WRONG: forgets the base: checks n * task_mib against the budget. Breaks: "as
# long as the process, with that many workers each holding `task_mib` MiB, stays
# within `budget_mib` MiB" (the process = base + n x payload).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise ValueError(f"{n} workers need {needed} MiB, over the {budget_mib} MiB budget")
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\([^)]*\) returned [\d,.]+; the target needs .* Hint: count the process's base memory too"
