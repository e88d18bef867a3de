# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: computes both bounds separately, as notebook 3 does: a floor from
# throughput (target x latency, rounded up) and a cap from memory
# ((budget - base) / payload, rounded down), each after round(x, 9) removes the
# float noise; the answer is the floor if it is not above the cap.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    floor = math.ceil(round(tasks_per_s * latency_s, 9))
    floor = max(floor, 1)
    room = round(budget_mib - base_mib, 9)
    if room < 0:
        raise ValueError(f"the base alone, {base_mib} MiB, is over the {budget_mib} MiB budget: no pool fits")
    if task_mib <= 0:
        cap = math.inf  # tasks that hold nothing: memory puts no cap on the workers
    else:
        cap = math.floor(round(room / task_mib, 9))
    if floor > cap:
        raise ValueError(
            f"throughput needs at least {floor} workers but the budget affords at most {cap} "
            f"(({budget_mib} - {base_mib}) MiB / {task_mib} MiB each): no pool size meets both"
        )
    return int(floor)
