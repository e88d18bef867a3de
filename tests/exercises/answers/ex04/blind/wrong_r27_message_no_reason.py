# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises ValueError with a message that names no reason ("bad input"), not saying the pool would exceed the memory budget.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib, 9) > budget_mib:
        raise ValueError("bad input")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ValueError\('bad input'\); that message does not say why in numbers, each one right"
