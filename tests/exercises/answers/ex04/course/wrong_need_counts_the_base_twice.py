# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: sizes right, but its refusal counts the base twice: "20 workers would hold 448 MiB" where they hold
# 384 (read 36: the check looked at one right figure only).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    need = round(base_mib + workers * task_mib, 9)
    if need > round(budget_mib, 9):
        raise ValueError(f"{workers} workers would hold {base_mib + need:g} MiB, over the {budget_mib} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError\('20 workers would hold 448 MiB, over the 256 MiB budget'\); 448 in that message is not right"
