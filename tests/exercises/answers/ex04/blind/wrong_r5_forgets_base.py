# Written from the student copy alone, without seeing the check or the solution.
# WRONG: forgets the base memory: compares only workers x payload with the budget,
# so it accepts pools that the idle process plus the payloads push over the budget.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = round(workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise ValueError(
        f"no pool size meets both: {workers} workers for {tasks_per_s} tasks/s at {latency_s} s a task "
        f"need {needed_mib} MiB with a {base_mib} MiB base, over the {budget_mib} MiB budget"
    )


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(25, 0\.5, 16, 256, 64\) returned 13; .* Hint: count the process's base memory too\."
