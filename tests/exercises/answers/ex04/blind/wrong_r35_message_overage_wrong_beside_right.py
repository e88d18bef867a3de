# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right decision, right need and fit, but the overage it adds is off by one (20 needed, 12 fit, '7 too many').
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > budget_mib:
        fit = math.floor(round((budget_mib - base_mib) / task_mib, 9))
        raise ValueError(f"needs {n} workers but only {fit} fit: {n - fit - 1} too many")
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError\('needs 20 workers but only 12 fit: 7 too many'\); 7 in that message is not right"
