# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: sizes for the throughput alone, and never refuses.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    return math.ceil(round(tasks_per_s * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; the target needs [\d,.]+ tasks in .* Hint: compare the memory the workers hold with the budget"
