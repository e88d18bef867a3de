# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: counts workers up while workers / latency_s is below the target, on raw floats: 7 / 0.07 is
# 99.99999999999999, below 100, so it counts on to 8 (and its memory and its refusal's count keep the
# noise too). (Until the check tried a noisy case, it was kept as right.)
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = 1
    while workers / latency_s < tasks_per_s:
        workers += 1
    if base_mib + workers * task_mib > budget_mib:
        raise PoolDoesNotFit(needed=workers, fits=int((budget_mib - base_mib) / task_mib))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(100, 0\.07, 4, 256, 64\) returned 8; 7 workers already reach 100 tasks/s, and each extra one holds another 4 MiB\. In floating"
