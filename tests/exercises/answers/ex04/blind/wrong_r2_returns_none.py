# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns None (prints a warning) when nothing fits instead of raising.
# Breaks: "if it does not, no pool size meets both: `raise ValueError` with a
# message that says why."
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > round(budget_mib, 9):
        print(f"warning: {n} workers do not fit in {budget_mib} MiB")
        return None
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\([^)]*\) returned None; the target needs"
