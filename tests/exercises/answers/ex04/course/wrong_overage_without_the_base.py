# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: sizes right, but works out the overage without the base: "64 MiB over" where the pool goes 128 MiB
# over, and "-48 MiB over" where it goes 16 MiB over (read 36: the check looked at one right figure only).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib, 9) > round(budget_mib, 9):
        over = round(workers * task_mib - budget_mib, 9)
        raise ValueError(f"{workers} workers are needed, {over:g} MiB over the {budget_mib} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError\('20 workers are needed, 64 MiB over the 256 MiB budget'\); 64 in that message is not right: .* 128 MiB over the 256 MiB budget"
