# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns the LARGEST pool that fits the budget (when it reaches the
# target) instead of the smallest that reaches the target. Breaks: "return the
# smallest number of workers (an `int`) that reaches `tasks_per_s`".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n_min = math.ceil(round(tasks_per_s * latency_s, 9))
    if task_mib <= 0:
        return n_min
    n_max = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if n_max < n_min:
        raise ValueError(f"need {n_min} workers for the target but only {n_max} fit in {budget_mib} MiB")
    return n_max

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\([^)]*\) returned [\d,.]+; [\d,.]+ workers already reach [\d,.]+ tasks/s, and each extra one holds another [\d,.]+ MiB\. Hint: the budget caps the pool"
