# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sizes the pool "by memory": returns the most workers the budget affords
# whenever that is enough for the throughput. Breaks "return the smallest number
# of workers (an int) that reaches tasks_per_s": it returns the memory cap, not
# the throughput floor, whenever the two differ.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    most = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if most < needed:
        raise ValueError(f"needs {needed} workers, the budget affords only {most}")
    return most

# Added by the course: the message its check must fail with.
FAILS_WITH = r"returned [\d,]+; [\d,]+ workers already reach [\d,.]+ tasks/s, .* Hint: the budget caps the pool, it does not size it"
