# Written from the student copy alone, without seeing the check or the solution.
# WRONG: refuses correctly but the message's count of workers needed is rounded down (tasks in flight truncated).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    in_flight = round(tasks_per_s * latency_s, 9)
    workers = math.ceil(in_flight)
    if round(base_mib + workers * task_mib, 9) > budget_mib:
        raise ValueError(f"the target needs {int(in_flight)} workers, more than the {budget_mib} MiB budget holds")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(25, 0\.5, 16, 256, 64\) raised ValueError\('the target needs 12 workers, more than the 256 MiB budget holds'\); that message does not say why in numbers, each one right"
