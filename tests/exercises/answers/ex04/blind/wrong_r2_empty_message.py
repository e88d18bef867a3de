# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises ValueError with no message. Breaks: "`raise ValueError` with a
# message that says why".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > round(budget_mib, 9):
        raise ValueError()
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\([^)]*\) raised ValueError with no message; whoever reads it cannot tell why no pool size works"
