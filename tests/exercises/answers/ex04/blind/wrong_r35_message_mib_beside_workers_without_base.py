# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right decision and right workers, but the MiB it adds beside them leave out the base (20 workers = 320 MiB, not 384).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > budget_mib:
        payload = round(n * task_mib, 9)
        raise ValueError(f"the target needs {n} workers = {payload} MiB, but the budget is {budget_mib} MiB")
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(25, 0\.5, 16, 256, 64\) raised ValueError\('the target needs 13 workers = 208 MiB, but the budget is 256 MiB'\); 208 in that message is not right"
