# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: floats with round(x, 9); compact refusal with units run on: "needs 384MiB > 256MiB".
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    total = round(base_mib + n * task_mib, 9)
    if total <= budget_mib:
        return n
    raise ValueError(f"needs {total:g}MiB > {budget_mib:g}MiB")
