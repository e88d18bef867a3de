# Written from the student copy alone, without seeing the check or the solution.
# WRONG: refuses with an assert (AssertionError, and nothing at all under -O)
# instead of PoolDoesNotFit. Breaks: "`raise PoolDoesNotFit(needed, fits)`, with
# the number of workers the target needs and the most workers that fit in the budget".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(base_mib + n * task_mib, 9)
    assert needed <= round(budget_mib, 9), f"{n} workers need {needed} MiB, over the {budget_mib} MiB budget"
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised AssertionError: 20 workers need 384 MiB, over the 256 MiB budget; the target needs 20 tasks in flight, so 20 workers, and 64 MiB \+ 20 × 16 MiB is over the"
