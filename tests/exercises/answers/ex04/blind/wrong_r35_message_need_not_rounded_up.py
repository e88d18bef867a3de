# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right decision, but the refusal gives the tasks in flight (12.5) as the workers needed instead of the whole workers (13).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    in_flight = round(tasks_per_s * latency_s, 9)
    n = math.ceil(in_flight)
    if round(base_mib + n * task_mib, 9) > budget_mib:
        fit = math.floor(round((budget_mib - base_mib) / task_mib, 9))
        raise ValueError(f"the target needs {in_flight} workers but only {fit} fit in the budget")
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(25, 0\.5, 16, 256, 64\) raised ValueError\('the target needs 12\.5 workers but only 12 fit in the budget'\); 12\.5 in that message is not right: 12\.5 tasks in flight need 13 workers"
