# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: decides right, but its refusal counts the workers the budget allows without the base: "the 256 MiB
# budget allows only 16 workers" where 12 fit (read 40: the check judged the count that fits only after
# "fit" or "room for").
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib, 9) > round(budget_mib, 9):
        allowed = math.floor(round(budget_mib / task_mib, 9))
        raise PoolDoesNotFit(needed=workers, fits=allowed)
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised PoolDoesNotFit\(needed=20, fits=16\); but 64 MiB \+ 16 × 16 MiB = 320 MiB is over the 256 MiB budget: 12 fit\. Hint: count the"
