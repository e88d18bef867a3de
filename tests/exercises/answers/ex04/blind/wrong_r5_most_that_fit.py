# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns the most workers that fit the budget instead of the fewest that reach the
# target (it checks the target is reachable, then hands out all the memory).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    fewest = math.ceil(round(tasks_per_s * latency_s, 9))
    room = round(budget_mib - base_mib, 9)
    most = math.floor(round(room / task_mib, 9)) if task_mib > 0 else fewest
    if fewest <= most:
        return most
    raise ValueError(
        f"no pool size meets both: {fewest} workers are needed for {tasks_per_s} tasks/s, "
        f"but {budget_mib} MiB with a {base_mib} MiB base holds only {most} of {task_mib} MiB"
    )


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"returned 24; 5 workers already reach 20 tasks/s, .* Hint: the budget caps the pool, it does not size it\."
