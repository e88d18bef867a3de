# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns the most workers that fit the budget instead of the fewest that reach the
# target (it checks the target is reachable, then hands out all the memory).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    fewest = math.ceil(round(tasks_per_s * latency_s, 9))
    room = round(budget_mib - base_mib, 9)
    most = math.floor(round(room / task_mib, 9)) if task_mib > 0 else fewest
    if fewest <= most:
        return most
    raise PoolDoesNotFit(needed=fewest, fits=most)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 24; 5 workers already reach 20 tasks/s, and each extra one holds another 8 MiB\. Hint: the"
