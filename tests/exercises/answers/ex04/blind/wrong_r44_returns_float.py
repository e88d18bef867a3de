# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns a float: rounds up with -(-x // 1) on a float, so the answer is 7.0, not the int 7.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = -(-round(tasks_per_s * latency_s, 9) // 1)  # ceiling, but on a float it stays a float
    fits = round((budget_mib - base_mib) / task_mib, 9) // 1
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(int(needed), max(0, int(fits)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 5\.0 \(float\); a number of workers is a whole number \(an int\)\. Hint: math\.floor returns an int, but //"
