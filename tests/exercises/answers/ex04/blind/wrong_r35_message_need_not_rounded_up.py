# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right decision, but the refusal gives the tasks in flight (12.5) as the workers needed instead of the whole workers (13).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    in_flight = round(tasks_per_s * latency_s, 9)
    n = math.ceil(in_flight)
    if round(base_mib + n * task_mib, 9) > budget_mib:
        fit = math.floor(round((budget_mib - base_mib) / task_mib, 9))
        raise PoolDoesNotFit(needed=in_flight, fits=fit)
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised TypeError: PoolDoesNotFit's needed is a count of workers, an int, not 20\.0 \(float\); the target needs 20 tasks in flight, so 20 workers, and 64 MiB \+ 20 × 16 MiB is over the"
