# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: computes both bounds separately, as notebook 3 does: a floor from
# throughput (target x latency, rounded up) and a cap from memory
# ((budget - base) / payload, rounded down), each after round(x, 9) removes the
# float noise; the answer is the floor if it is not above the cap.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    floor = math.ceil(round(tasks_per_s * latency_s, 9))
    floor = max(floor, 1)
    room = round(budget_mib - base_mib, 9)
    if room < 0:
        raise PoolDoesNotFit(needed=floor, fits=0)
    if task_mib <= 0:
        cap = math.inf  # tasks that hold nothing: memory puts no cap on the workers
    else:
        cap = math.floor(round(room / task_mib, 9))
    if floor > cap:
        raise PoolDoesNotFit(needed=floor, fits=cap)
    return int(floor)
