# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds Little's law down (math.floor), so a fractional load gets one worker too few
# and the pool falls short of the target.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.floor(round(tasks_per_s * latency_s, 9))
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise ValueError(
        f"no pool size meets both: {workers} workers for {tasks_per_s} tasks/s at {latency_s} s a task "
        f"need {needed_mib} MiB with a {base_mib} MiB base, over the {budget_mib} MiB budget"
    )


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(10, 0\.25, 4, 100, 40\) returned 2; .* Hint: Little's law gives the throughput's minimum; round it up\."
