# Written from the student copy alone, without seeing the check or the solution.
# WRONG: refuses with an assert (AssertionError, and nothing at all under -O)
# instead of ValueError. Breaks: "`raise ValueError` with a message that says
# why".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(base_mib + n * task_mib, 9)
    assert needed <= round(budget_mib, 9), f"{n} workers need {needed} MiB, over the {budget_mib} MiB budget"
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\([^)]*\) raised AssertionError: .* No pool size meets both: raise ValueError saying so"
