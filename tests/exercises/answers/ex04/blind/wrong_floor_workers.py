# Written from the student copy alone, without seeing the check or the solution.
# WRONG (rounds down): int() on rate x latency gives one worker too few whenever the
# product is not whole, so the returned pool misses the target throughput (and a case that
# is only just impossible can be accepted, since one worker fewer may fit the budget).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = int(tasks_per_s * latency_s)
    if base_mib + workers * task_mib > budget_mib:
        raise PoolDoesNotFit(needed=workers, fits=int((budget_mib - base_mib) / task_mib))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(10, 0\.25, 4, 100, 40\) returned 2; 10 tasks/s × 0\.25 s = 2\.5 tasks in flight on average, so 2 workers cannot keep up\. Hint:"
