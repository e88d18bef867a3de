# Written from the student copy alone, without seeing the check or the solution.
# WRONG: decides right, but raises ValueError(needed, fits): the message is just "(20, 12)", numbers with nothing saying what they are.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed <= fits:
        return needed
    raise ValueError(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError\('\(20, 12\)'\); that message does not say why in numbers"
