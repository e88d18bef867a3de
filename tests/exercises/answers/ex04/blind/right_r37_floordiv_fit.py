# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: rounds noise with round(x, 9) and works out the workers that fit with // on floats, so the refusal prints them as e.g. 12.0.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = round((budget_mib - base_mib) / task_mib, 9) // 1
    if needed <= fits:
        return needed
    raise PoolDoesNotFit(needed=needed, fits=int(fits))
