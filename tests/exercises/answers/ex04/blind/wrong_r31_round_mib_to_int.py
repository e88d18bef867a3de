# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the memory to whole MiB before comparing, so a pool up to half a MiB over the budget is accepted.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib) > round(budget_mib):
        raise ValueError(
            f"the target needs {workers} workers, {base_mib + workers * task_mib:g} MiB, "
            f"over the budget of {budget_mib:g} MiB"
        )
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) returned 12; .* Hint: compare the MiB as they are, not rounded: 0\.36 MiB over is over\."
