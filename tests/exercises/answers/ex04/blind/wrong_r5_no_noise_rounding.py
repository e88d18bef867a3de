# Written from the student copy alone, without seeing the check or the solution.
# WRONG: does not round away floating-point noise: ceil(100 * 0.07) is 8, not 7, and
# 1 + 7 * 0.1 <= 1.7 is False, so it asks for a worker too many or refuses a pool that fits.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(tasks_per_s * latency_s)
    needed_mib = base_mib + workers * task_mib
    if needed_mib <= budget_mib:
        return workers
    raise ValueError(
        f"no pool size meets both: {workers} workers for {tasks_per_s} tasks/s at {latency_s} s a task "
        f"need {needed_mib} MiB with a {base_mib} MiB base, over the {budget_mib} MiB budget"
    )


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(100, 0\.07, 4, 256, 64\) returned 8; .* In floating point, 100 × 0\.07 is 7\.000000000000001"
