# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: sizes right, but its refusal gives a figure no one worked out (blind round 33: the check took any
# number above the workers that fit for what the target needs).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib, 9) > round(budget_mib, 9):
        raise PoolDoesNotFit(needed=workers + 1000, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised PoolDoesNotFit\(needed=1020, fits=12\); but 40 tasks/s × 0\.5 s = 20 tasks in flight, so the target needs 20 workers\. Hint:"
