# Written from the student copy alone, without seeing the check or the solution.
# WRONG: refuses with the MiB it goes over by rounded to whole MiB, so 0.36 MiB over reads "0 MiB over the 256 MiB budget", which does not say why.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    over = round(base_mib + workers * task_mib - budget_mib, 9)
    if over > 0:
        raise ValueError(f"{over:.0f} MiB over the {budget_mib:.0f} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) raised ValueError\('0 MiB over the 256 MiB budget'\); that message does not say why in numbers, each one right"
