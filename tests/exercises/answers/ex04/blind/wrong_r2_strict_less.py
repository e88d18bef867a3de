# Written from the student copy alone, without seeing the check or the solution.
# WRONG: requires memory strictly below the budget, refusing a pool that fills it
# exactly. Breaks: "(a pool that fills the budget exactly is fine)".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(base_mib + n * task_mib, 9)
    if needed >= round(budget_mib, 9):
        raise ValueError(f"{n} workers need {needed} MiB, not below the {budget_mib} MiB budget")
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\(24, 0\.5, 16, 256, 64\) raised ValueError: .* \(a pool that fills it exactly fits\)"
