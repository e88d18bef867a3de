# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away at 3 decimals instead of 9, which also rounds away a real fraction below 0.0005 (2 x 0.500000001 = 1.000000002 gets 1 worker).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 3))
    if round(base_mib + workers * task_mib, 3) > round(budget_mib, 3):
        raise ValueError(
            f"the target needs {workers} workers, {base_mib + workers * task_mib:g} MiB, "
            f"over the budget of {budget_mib:g} MiB"
        )
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(2, 0\.500000001, 8, 256, 64\) returned 1; .* round away only floating-point noise \(round\(x, 9\)\): 1\.000000002 is a real fraction"
