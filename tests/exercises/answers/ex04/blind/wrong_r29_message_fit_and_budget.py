# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the message gives the budget both ways (its MiB and the workers that fit) but never what the target needs.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    need = round(base_mib + n * task_mib, 9)
    fit = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if need > budget_mib:
        raise ValueError(f"only {fit} workers fit in the {budget_mib} MiB budget")
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ValueError\(.only 12 workers fit.*that message does not say why in numbers, each one right: what the target needs"
