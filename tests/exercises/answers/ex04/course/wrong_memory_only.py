# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: as many workers as the budget holds: the budget caps the pool, it does not size it.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    return math.floor(round((budget_mib - base_mib) / task_mib, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 24; 5 workers already reach 20 tasks/s, and each extra one holds another 8 MiB\. Hint: the"
