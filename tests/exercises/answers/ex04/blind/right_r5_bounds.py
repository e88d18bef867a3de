# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: computes both bounds, the fewest workers for the throughput (ceil) and the most the
# budget holds (floor), noise rounded away first; returns the fewest if it is within the most,
# else PoolDoesNotFit with both bounds.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    fewest = math.ceil(round(tasks_per_s * latency_s, 9))
    room = round(budget_mib - base_mib, 9)  # MiB left for payloads
    if room < 0:
        raise PoolDoesNotFit(needed=fewest, fits=0)
    if task_mib <= 0:
        return fewest  # payloads cost nothing: only the throughput bound remains
    most = math.floor(round(room / task_mib, 9))
    if fewest <= most:
        return fewest
    raise PoolDoesNotFit(needed=fewest, fits=most)
