# Written from the student copy alone, without seeing the check or the solution.
# WRONG: forgets the base: checks n * task_mib against the budget. Breaks: "as
# long as the process, with that many workers each holding `task_mib` MiB, stays
# within `budget_mib` MiB" (the process = base + n x payload).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise PoolDoesNotFit(needed=n, fits=math.floor(round(budget_mib / task_mib, 9)))
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised PoolDoesNotFit\(needed=20, fits=16\); but 64 MiB \+ 16 × 16 MiB = 320 MiB is over the 256 MiB budget: 12 fit\. Hint: count the"
