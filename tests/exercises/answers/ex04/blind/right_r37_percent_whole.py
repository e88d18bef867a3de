# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: floats with round(x, 9); refusal gives workers needed, MiB needed and the budget, and the share of the budget as a whole percentage.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    total = round(base_mib + n * task_mib, 9)
    if total <= budget_mib:
        return n
    raise ValueError(f"{n} workers need {total:g} MiB, {100 * total / budget_mib:.0f}% of the {budget_mib:g} MiB budget")
