# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds up with int(x) + 1 instead of math.ceil, so when the target x
# latency is a whole number (10/s x 0.5 s = 5) it asks for one worker too many
# (6). Breaks "return the smallest number of workers that reaches tasks_per_s"
# (off by one), and may then raise PoolDoesNotFit for a case that fits exactly.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = int(round(tasks_per_s * latency_s, 9)) + 1
    if round(base_mib + workers * task_mib, 9) > budget_mib:
        raise PoolDoesNotFit(needed=workers, fits=int(round((budget_mib - base_mib) / task_mib, 9)))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) returned 6; 5 workers already reach 20 tasks/s, and each extra one holds another 8 MiB\. Hint:"
