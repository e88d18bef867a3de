# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: rounds no noise away: math.ceil(100 * 0.07) is 8 (the first noisy case the check meets), and
# int((64.3 - 64) / 0.1) finds room for 2 where 3 fit exactly. (Until the check tried a noisy case, it
# was kept as right.)
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    most = int((budget_mib - base_mib) / task_mib)
    least = math.ceil(tasks_per_s * latency_s)
    if least <= most:
        return least
    raise PoolDoesNotFit(needed=least, fits=most)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(100, 0\.07, 4, 256, 64\) returned 8; 7 workers already reach 100 tasks/s, and each extra one holds another 4 MiB\. In floating"
