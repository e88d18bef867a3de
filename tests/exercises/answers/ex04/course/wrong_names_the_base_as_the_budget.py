# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: sizes right, but its refusal calls the base the budget: "only 12 fit in a budget of 64 MiB"
# (read 39: the check judged the budget's words only as "the 64 MiB budget").
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    if workers > fits:
        raise ValueError(f"{workers} workers are needed, but only {fits} fit in a budget of {base_mib:g} MiB")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ValueError\('20 workers are needed, but only 12 fit in a budget of 64 MiB'\); 64 in that message is not right"
