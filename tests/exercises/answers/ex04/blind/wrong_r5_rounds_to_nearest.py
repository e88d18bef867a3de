# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds Little's law to the nearest whole number (round()), so 2.3 busy workers
# become 2 and the pool falls short of the target whenever the fraction is under one half.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = round(round(tasks_per_s * latency_s, 9))
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise PoolDoesNotFit(needed=workers, fits=int(round((budget_mib - base_mib) / task_mib, 9)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(10, 0\.25, 4, 100, 40\) returned 2; 10 tasks/s × 0\.25 s = 2\.5 tasks in flight on average, so 2 workers cannot keep up\. Hint:"
