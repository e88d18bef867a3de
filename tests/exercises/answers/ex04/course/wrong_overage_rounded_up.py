# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: sizes right, but rounds the overage up to whole MiB: "1 MiB over" when the pool goes 0.36 MiB over
# (read 34: the check took that 1 for the one worker too many).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    over = round(base_mib + workers * task_mib - budget_mib, 9)
    if over > 0:
        raise ValueError(f"the pool the target needs would go {math.ceil(over)} MiB over the {budget_mib} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) raised ValueError\('the pool the target needs would go 1 MiB over the 256 MiB budget'\); that message does not say why in numbers, each one right"
