# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise to 1 decimal place (round(x, 1)) instead of 9, which swallows real fractions such as 7.04 workers and rounds them to 7.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 1))
    if round(base_mib + workers * task_mib, 1) > budget_mib:
        raise ValueError(f"{workers} workers need {base_mib + workers * task_mib} MiB, over the {budget_mib} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.2501, 8, 256, 64\) returned 5; .* round away only floating-point noise \(round\(x, 9\)\): 5\.002 is a real fraction"
