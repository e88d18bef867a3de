# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns the LARGEST pool that fits the budget (when it reaches the
# target) instead of the smallest that reaches the target. Breaks: "return the
# smallest number of workers (an `int`) that reaches `tasks_per_s`".
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n_min = math.ceil(round(tasks_per_s * latency_s, 9))
    if task_mib <= 0:
        return n_min
    n_max = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if n_max < n_min:
        raise PoolDoesNotFit(needed=n_min, fits=n_max)
    return n_max


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 24; 5 workers already reach 20 tasks/s, and each extra one holds another 8 MiB\. Hint: the"
