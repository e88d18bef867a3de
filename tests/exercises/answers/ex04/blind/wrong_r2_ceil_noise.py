# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ceil of the raw float product for the worker count (100 * 0.07 -> 8).
# Breaks: "`100 * 0.07` is `7.000000000000001` ... Round that noise away
# (`round(x, 9)`) before you round up" / "the smallest number of workers".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(tasks_per_s * latency_s)
    needed = round(base_mib + n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise ValueError(f"{n} workers need {needed} MiB, over the {budget_mib} MiB budget")
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\([^)]*\) returned [\d,.]+; [\d,.]+ workers already reach [\d,.]+ tasks/s, .* In floating point, [\d,.]+ × [\d,.]+ is [\d,.]+"
