# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: sizes right, but its refusal gives a figure no one worked out (blind round 33: the check took any
# number above the workers that fit for what the target needs).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib, 9) > round(budget_mib, 9):
        raise ValueError(f"the target needs {workers + 1000} workers, against a budget of {budget_mib} MiB")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError\('the target needs 1020 workers, against a budget of 256 MiB'\); that message does not say why in numbers, each one right"
