# Written from the student copy alone, without seeing the check or the solution.
# WRONG: checks correctly but its refusal reports the MiB needed without the base, a wrong figure against the budget.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    need = round(base_mib + workers * task_mib, 9)
    if need > round(budget_mib, 9):
        shown = round(workers * task_mib, 9)
        raise ValueError(f"the target needs {shown:g} MiB, over the budget of {budget_mib} MiB")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(25, 0\.5, 16, 256, 64\) raised ValueError\('the target needs 208 MiB, over the budget of 256 MiB'\); that message does not say why in numbers, each one right"
