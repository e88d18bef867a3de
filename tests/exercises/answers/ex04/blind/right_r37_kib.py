# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: floats with round(x, 9); refusal gives the MiB needed against the budget, each also in KiB (x 1024).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    total = round(base_mib + n * task_mib, 9)
    if total <= budget_mib:
        return n
    raise ValueError(
        f"{n} workers need {total:g} MiB ({round(total * 1024, 6):g} KiB), "
        f"over the {budget_mib:g} MiB ({round(budget_mib * 1024, 6):g} KiB) budget"
    )
