# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: computes both bounds, the fewest workers for the throughput (ceil) and the most the
# budget holds (floor), noise rounded away first; returns the fewest if it is within the most,
# else ValueError saying which bound is which.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    fewest = math.ceil(round(tasks_per_s * latency_s, 9))
    room = round(budget_mib - base_mib, 9)  # MiB left for payloads
    if room < 0:
        raise ValueError(
            f"no pool size fits: the base, {base_mib} MiB, is already over the {budget_mib} MiB budget"
        )
    if task_mib <= 0:
        return fewest  # payloads cost nothing: only the throughput bound remains
    most = math.floor(round(room / task_mib, 9))
    if fewest <= most:
        return fewest
    raise ValueError(
        f"no pool size meets both: reaching {tasks_per_s} tasks/s at {latency_s} s a task needs at "
        f"least {fewest} workers, but {room:g} MiB left over a {base_mib} MiB base in a {budget_mib} MiB "
        f"budget holds at most {most} workers of {task_mib} MiB"
    )
