# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises ValueError with no message. Breaks: "`raise PoolDoesNotFit(needed,
# fits)`, with the number of workers the target needs and the most workers that fit in the budget".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > round(budget_mib, 9):
        raise ValueError()
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError, with no message; say why with the figures: raise PoolDoesNotFit\(needed=20, fits=12\), a ValueError that"
