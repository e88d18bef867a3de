# Written from the student copy alone, without seeing the check or the solution.
# WRONG: decides right and gives the right workers, but adds the rate the fitting workers reach worked out as workers x latency (6 tasks/s where it is 24).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) <= budget_mib:
        return n
    fit = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    raise ValueError(
        f"{n} workers needed, only {fit} fit in {budget_mib:g} MiB "
        f"(they would reach only {round(fit * latency_s, 9):g} tasks/s)"
    )


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ValueError\('20 workers needed, only 12 fit in 256 MiB \(they would reach only 6 tasks/s\)'\); 6 in that message is not right"
