# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds up with int(x) + 1, which adds a worker too many whenever Little's law
# gives a whole number (100 tasks/s x 0.07 s = 7 becomes 8), and may then refuse a pool that fits.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = int(round(tasks_per_s * latency_s, 9)) + 1
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise PoolDoesNotFit(needed=workers, fits=int(round((budget_mib - base_mib) / task_mib, 9)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 6; 5 workers already reach 20 tasks/s, and each extra one holds another 8 MiB\. Hint:"
