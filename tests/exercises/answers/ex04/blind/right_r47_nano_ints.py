# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: rounds each derived quantity to whole billionths and works in integers: ceiling division for the workers needed, floor division of the headroom by the payload for the workers that fit.
from pool_lab import PoolDoesNotFit

_SCALE = 10**9


def _nano(x):
    return round(x * _SCALE)


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    in_flight = _nano(round(tasks_per_s * latency_s, 9))  # tasks in flight, in billionths
    needed = -(-in_flight // _SCALE)  # ceiling division, on integers
    headroom = _nano(round(budget_mib - base_mib, 9))
    payload = _nano(round(task_mib, 9))
    fits = max(0, headroom // payload)
    if needed > fits:
        raise PoolDoesNotFit(needed=needed, fits=fits)
    return int(needed)
