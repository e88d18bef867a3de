# Written from the student copy alone, without seeing the check or the solution.
# WRONG: ceil of the raw float product for the worker count (100 * 0.07 -> 8).
# Breaks: "`100 * 0.07` is `7.000000000000001` ... Round that noise away
# (`round(x, 9)`) before you round up" / "the smallest number of workers".
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(tasks_per_s * latency_s)
    needed = round(base_mib + n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise PoolDoesNotFit(needed=n, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(100, 0\.07, 4, 256, 64\) returned 8; 7 workers already reach 100 tasks/s, and each extra one holds another 4 MiB\. In floating"
