# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: rounds the workers down, and says nothing (None) when they do not fit.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.floor(tasks_per_s * latency_s)
    return workers if base_mib + workers * task_mib <= budget_mib else None


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(10, 0\.25, 4, 100, 40\) returned 2; 10 tasks/s × 0\.25 s = 2\.5 tasks in flight on average, so 2 workers cannot keep up\. Hint:"
