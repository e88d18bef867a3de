# Written from the student copy alone, without seeing the check or the solution.
# WRONG (wrong kind of refusal): the student raises MemoryError, which "sounds right" for
# a budget problem, but the notebook asks for PoolDoesNotFit (a ValueError); a caller catching ValueError
# (the bad-arguments error) misses it, and MemoryError means the interpreter ran out.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if base_mib + workers * task_mib > budget_mib + 1e-9:
        raise MemoryError(f"{workers} workers need {base_mib + workers * task_mib} MiB, over {budget_mib} MiB")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised MemoryError: 20 workers need 384 MiB, over 256 MiB; the target needs 20 tasks in flight, so 20 workers, and 64 MiB \+ 20 × 16 MiB is over the"
