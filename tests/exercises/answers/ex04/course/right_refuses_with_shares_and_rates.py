# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: refuses with figures beyond the need and the room (the need as a share of the budget, the rate the
# pool that fits reaches, the latency in ms), each of them right (blind round 35: every number must be).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if workers > fits:
        need_mib = base_mib + workers * task_mib
        raise ValueError(f"{tasks_per_s} tasks/s of {latency_s * 1000:g} ms take {workers} workers, "
                         f"{need_mib:.2f} MiB: {100 * need_mib / budget_mib:.1f}% of the {budget_mib} MiB budget; "
                         f"the {fits} that fit reach only {fits / latency_s:g} tasks/s")
    return workers
