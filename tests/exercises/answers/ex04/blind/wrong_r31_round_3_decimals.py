# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the noise away at 3 decimals instead of 9, which also rounds away a real fraction below 0.0005 (20 x 0.25001 = 5.0002 gets 5 workers).
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
FAILS_WITH = r"pool_size\(10, 0\.500000001, 8, 256, 64\) returned 5; .* round away only floating-point noise \(round\(x, 9\)\): 5\.00000001 is a real fraction"
